package org.barometer.core.period;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/** One calendar month. */
public record MonthPeriod(YearMonth month) implements Period {

  public MonthPeriod {
    Objects.requireNonNull(month, "month");
  }

  public static MonthPeriod of(int year, int month) {
    return new MonthPeriod(YearMonth.of(year, month));
  }

  @Override
  public YearMonth firstMonth() {
    return month;
  }

  @Override
  public YearMonth lastMonth() {
    return month;
  }

  @Override
  public Frequency frequency() {
    return Frequency.MONTHLY;
  }

  @Override
  public MonthPeriod previous() {
    return new MonthPeriod(month.minusMonths(1));
  }

  @Override
  public MonthPeriod sameLastYear() {
    return new MonthPeriod(month.minusYears(1));
  }

  @Override
  public String label() {
    return Period.shortMonth(month) + " " + month.getYear();
  }

  @Override
  public String nameInSentence() {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }

  @Override
  public String toString() {
    return label();
  }
}
