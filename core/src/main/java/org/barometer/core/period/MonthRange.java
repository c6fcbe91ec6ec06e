package org.barometer.core.period;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The months Barometer reads and writes: January 1900 to December 2999, written {@code 2016-11}. A
 * month outside them is refused where it is read, so that it never reaches a calculation.
 */
public final class MonthRange {

  public static final YearMonth FIRST = YearMonth.of(1900, 1);

  public static final YearMonth LAST = YearMonth.of(2999, 12);

  /** Why a month was refused, for the pages and the API to say. */
  public static final String WRITTEN =
      "a month from " + FIRST + " to " + LAST + ", written as year and month like 2016-11";

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private MonthRange() {}

  public static boolean contains(YearMonth month) {
    return !month.isBefore(FIRST) && !month.isAfter(LAST);
  }

  /** The month written {@code yyyy-MM} within the range, or empty for anything else. */
  public static Optional<YearMonth> parse(String text) {
    String typed = text == null ? "" : text.strip();
    if (!MONTH.matcher(typed).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(typed)).filter(MonthRange::contains);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
