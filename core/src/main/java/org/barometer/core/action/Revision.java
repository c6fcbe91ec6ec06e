package org.barometer.core.action;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A revised due date and why it was revised. The revised date replaces the original for judging
 * lateness; both are shown.
 *
 * @param date the new due date
 * @param reason why the date moved
 */
public record Revision(LocalDate date, String reason) {

  public Revision {
    Objects.requireNonNull(date, "date");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A revised date needs a reason");
    }
  }

  /** {@code "revised from 30 September 2017: the survey was late"}. */
  String describeFrom(LocalDate original) {
    String why = reason.strip();
    if (why.endsWith(".")) {
      why = why.substring(0, why.length() - 1);
    }
    return "revised from " + WrittenDate.of(original) + ": " + why;
  }
}
