package org.barometer.core.period;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, from 1 April to 31 March. Month 1 is April, month 12 is March.
 *
 * @param startYear the calendar year in which it starts: 2017 for 2017/18
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

  /** 1899/00 holds January to March 1900, the first months of {@link MonthRange}. */
  public FinancialYear {
    if (startYear < 1899 || startYear > 2999) {
      throw new IllegalArgumentException("A financial year must start between 1899 and 2999");
    }
  }

  /** The year of a label such as {@code 2017/18}. */
  public static FinancialYear parse(String label) {
    Matcher matcher = LABEL.matcher(label.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + label + "' is not a financial year: write it as 2017/18");
    }
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    if (start < 1900) {
      throw new IllegalArgumentException(
          "'" + label + "' is not a financial year: write one from 1900/01 to 2999/00");
    }
    if ((start + 1) % 100 != end) {
      throw new IllegalArgumentException(
          "'" + label + "' is not a financial year: " + start + " is followed by " + (start + 1));
    }
    return new FinancialYear(start);
  }

  /** The year that holds a month: April 2016 to March 2017 are 2016/17. */
  public static FinancialYear containing(YearMonth month) {
    return new FinancialYear(
        month.getMonth().compareTo(Month.APRIL) >= 0 ? month.getYear() : month.getYear() - 1);
  }

  /** Month number within the year: 1 for April, 12 for March. */
  public static int monthNumber(YearMonth month) {
    return (month.getMonthValue() + 8) % 12 + 1;
  }

  public YearMonth firstMonth() {
    return YearMonth.of(startYear, Month.APRIL);
  }

  public YearMonth lastMonth() {
    return YearMonth.of(startYear + 1, Month.MARCH);
  }

  /** The month with the given number, 1 (April) to 12 (March). */
  public YearMonth month(int number) {
    if (number < 1 || number > 12) {
      throw new IllegalArgumentException("Month number must be 1 to 12, not " + number);
    }
    return firstMonth().plusMonths(number - 1L);
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(12);
    for (int number = 1; number <= 12; number++) {
      months.add(month(number));
    }
    return months;
  }

  public boolean contains(YearMonth month) {
    return containing(month).equals(this);
  }

  public FinancialYear previous() {
    return new FinancialYear(startYear - 1);
  }

  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  public String label() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
