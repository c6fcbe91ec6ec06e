package org.barometer.app.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.barometer.core.period.MonthRange;

/** How a report's month is written: {@code 2016-11} in addresses, "November 2016" in words. */
public final class ReportMonths {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private ReportMonths() {}

  public static String longLabel(YearMonth month) {
    return month.format(LONG);
  }

  /**
   * The month written {@code yyyy-MM}, or empty when the text is not one of the months Barometer
   * reads ({@link MonthRange}).
   */
  public static Optional<YearMonth> parse(String text) {
    if (text == null || !text.equals(text.strip())) {
      return Optional.empty();
    }
    return MonthRange.parse(text);
  }
}
