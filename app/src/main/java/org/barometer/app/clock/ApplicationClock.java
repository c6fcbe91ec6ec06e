package org.barometer.app.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Makes the application's clock: the system's time in the council's zone, or, when an "as of" date
 * and time is set, a clock that reads that local time at start-up and runs forward from it. Tests
 * run on a stated day this way, and so can a demonstration that lives in its data's time.
 */
public final class ApplicationClock {

  /** The setting that starts the clock at a stated local date and time. */
  public static final String AS_OF = "barometer.clock.as-of";

  private ApplicationClock() {}

  /**
   * The clock in {@code zone}: the {@code system} clock itself when {@code asOf} is blank,
   * otherwise one that reads {@code asOf} now and moves forward as the system clock does.
   *
   * @param asOf an ISO local date ({@code 2017-01-20}, read as its midnight) or date and time
   *     ({@code 2017-01-20T10:00}), or blank
   * @throws IllegalArgumentException naming the setting when {@code asOf} is not a date
   */
  public static Clock of(ZoneId zone, String asOf, Clock system) {
    Clock zoned = system.withZone(zone);
    if (asOf == null || asOf.isBlank()) {
      return zoned;
    }
    LocalDateTime start = parse(asOf.strip());
    return Clock.offset(zoned, Duration.between(zoned.instant(), start.atZone(zone).toInstant()));
  }

  private static LocalDateTime parse(String asOf) {
    try {
      return asOf.contains("T") ? LocalDateTime.parse(asOf) : LocalDate.parse(asOf).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          AS_OF
              + " must be a date such as 2017-01-20 or a date and time such as 2017-01-20T10:00,"
              + " not \""
              + asOf
              + "\"",
          e);
    }
  }
}
