package org.barometer.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Barometer. */
@SpringBootApplication
public class BarometerApplication {

  public static void main(String[] args) {
    SpringApplication.run(BarometerApplication.class, args);
  }
}
