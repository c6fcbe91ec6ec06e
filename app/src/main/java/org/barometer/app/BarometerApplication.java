package org.barometer.app;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Starts Barometer. */
@SpringBootApplication
public class BarometerApplication {

  public static void main(String[] args) {
    SpringApplication.run(BarometerApplication.class, args);
  }

  /** The one clock of the application; tests replace it to move time. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
