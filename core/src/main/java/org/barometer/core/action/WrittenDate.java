package org.barometer.core.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a reason writes it: "30 September 2017". */
final class WrittenDate {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private WrittenDate() {}

  static String of(LocalDate date) {
    return date.format(DAY);
  }

  static String of(YearMonth month) {
    return month.format(MONTH);
  }
}
