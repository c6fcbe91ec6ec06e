package org.barometer.app.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** How a report's month is written: {@code 2016-11} in addresses, "November 2016" in words. */
public final class ReportMonths {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private ReportMonths() {}

  public static String longLabel(YearMonth month) {
    return month.format(LONG);
  }

  /** The month written {@code yyyy-MM}, or empty when the text is not one. */
  public static Optional<YearMonth> parse(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
