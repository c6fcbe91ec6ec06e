package org.barometer.core.period;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A period a figure belongs to: a month, a quarter or a financial year. A figure keeps its own
 * period, so a figure that lags the report month says so.
 */
public sealed interface Period extends Comparable<Period>
    permits MonthPeriod, QuarterPeriod, YearPeriod {

  YearMonth firstMonth();

  YearMonth lastMonth();

  Frequency frequency();

  /** The period before this one, of the same frequency. */
  Period previous();

  /** The same period a year earlier. */
  Period sameLastYear();

  /** A full label: {@code Nov 2016}, {@code Q3 2016/17}, {@code 2016/17}. */
  String label();

  /** The name used in a sentence: {@code November}, {@code Q3 2016/17}, {@code 2016/17}. */
  String nameInSentence();

  default FinancialYear financialYear() {
    return FinancialYear.containing(lastMonth());
  }

  /** Number of months from the start of the financial year to the end of this period. */
  default int monthsIntoYear() {
    return FinancialYear.monthNumber(lastMonth());
  }

  default boolean endsBy(YearMonth month) {
    return !lastMonth().isAfter(month);
  }

  @Override
  default int compareTo(Period other) {
    int byEnd = lastMonth().compareTo(other.lastMonth());
    return byEnd != 0 ? byEnd : Integer.compare(frequency().months(), other.frequency().months());
  }

  /**
   * {@code Nov}: the three-letter month name used in printed reports. Not the locale's short form,
   * which in British English is {@code Sept} for September.
   */
  static String shortMonth(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).substring(0, 3);
  }
}
