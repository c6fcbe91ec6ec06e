package org.barometer.app.collection;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.barometer.core.period.Period;

/**
 * A figure is entered, submitted and approved only for a period that has ended: one whose last
 * month is before the month in force by the application's clock (UK time). A figure for a month to
 * come would be a guess, and would move everyone's default month into the future.
 */
public final class PeriodEnded {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private PeriodEnded() {}

  /**
   * Why a figure for the period may not be {@code done} ("entered", "approved") yet, or empty when
   * the period has ended.
   */
  public static Optional<String> refusal(Period period, Clock clock, String done) {
    YearMonth now = YearMonth.now(clock);
    if (period.lastMonth().isBefore(now)) {
      return Optional.empty();
    }
    return Optional.of(
        period.label()
            + " has not ended: its figure can be "
            + done
            + " from "
            + DAY.format(period.lastMonth().plusMonths(1).atDay(1)));
  }
}
