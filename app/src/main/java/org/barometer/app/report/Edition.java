package org.barometer.app.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A published edition: the report as it stood when published, never changed.
 *
 * @param id its id
 * @param report the report as published
 * @param publishedBy who published it
 * @param publishedAt when
 */
public record Edition(long id, MonthlyReport report, String publishedBy, Instant publishedAt) {

  /** Editions are dated in the United Kingdom's time. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  public Edition {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }

  /** An instant as editions write it: {@code 5 December 2016 at 09:30}. */
  public static String at(Instant instant) {
    return instant
        .atZone(ZONE)
        .format(
            java.time.format.DateTimeFormatter.ofPattern(
                "d MMMM yyyy 'at' HH:mm", java.util.Locale.UK));
  }

  public EditionMark mark() {
    return new EditionMark(false, publishedAt.atZone(ZONE).toLocalDate());
  }
}
