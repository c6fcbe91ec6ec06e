package org.barometer.app;

import org.barometer.app.database.DatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
}
