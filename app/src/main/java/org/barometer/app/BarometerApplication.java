package org.barometer.app;

import java.time.Clock;
import java.time.ZoneId;
import org.barometer.app.database.DatabaseCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Starts Barometer, or runs one of its commands for the embedded database ({@link
 * DatabaseCommand}).
 */
@SpringBootApplication
public class BarometerApplication {

  public static void main(String[] args) {
    if (DatabaseCommand.isCommand(args)) {
      System.exit(DatabaseCommand.run(args, System.getenv(), System.out));
    }
    SpringApplication.run(BarometerApplication.class, args);
  }

  /**
   * The one clock of the application, on UK time whatever the server's own zone: "today", due dates
   * and the month in force all follow the council's calendar. Tests replace it to move time; {@code
   * barometer.time-zone} sets another zone.
   */
  @Bean
  Clock clock(@Value("${barometer.time-zone:Europe/London}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
