package org.barometer.app.clock;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, on UK time whatever the server's own zone: "today", due dates
 * and the month in force all follow the council's calendar. {@code barometer.time-zone} sets
 * another zone; {@code barometer.clock.as-of} starts the clock at a stated local date and time
 * (every integration test runs so, on a stated day). Tests may still offer a {@code @Primary} clock
 * of their own to move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock(@Value("${barometer.time-zone:Europe/London}") String zone, RunsAsOf runsAsOf) {
    return ApplicationClock.of(ZoneId.of(zone), runsAsOf.start(), Clock.systemUTC());
  }

  @Bean
  RunsAsOf runsAsOf(
      @Value("${" + ApplicationClock.AS_OF + ":}") String asOf,
      @Value("${barometer.demo-data:true}") boolean demoData,
      @Value("${" + ApplicationClock.DEMO_AS_OF + ":" + ApplicationClock.DEMO_DEFAULT + "}")
          String demoAsOf) {
    return new RunsAsOf(ApplicationClock.start(asOf, demoData, demoAsOf), demoData);
  }
}
