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

  /**
   * The setting that starts the clock of an installation with the demo data, unless {@link #AS_OF}
   * is set: the demo's figures end in November 2016, so it runs as of a day in December 2016.
   */
  public static final String DEMO_AS_OF = "barometer.demo.as-of";

  /** The demo's day, when {@link #DEMO_AS_OF} is not set. */
  public static final String DEMO_DEFAULT = "2016-12-15T09:00";

  /**
   * When the clock starts: {@code asOf} when set; else, with the demo data on, {@code demoAsOf};
   * else blank, for the system's own time.
   */
  public static String start(String asOf, boolean demoData, String demoAsOf) {
    if (asOf != null && !asOf.isBlank()) {
      return asOf.strip();
    }
    return demoData && demoAsOf != null ? demoAsOf.strip() : "";
  }

  /** The local date and time a start names, if it names one. */
  public static java.util.Optional<LocalDateTime> startingAt(String start) {
    return start == null || start.isBlank()
        ? java.util.Optional.empty()
        : java.util.Optional.of(parse(start.strip()));
  }

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
