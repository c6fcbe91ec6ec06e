package org.barometer.core.period;

import java.time.YearMonth;
import java.util.Objects;

/** A quarter of a financial year: Q1 April-June, Q2 July-September, Q3 October-December, Q4. */
public record QuarterPeriod(FinancialYear year, int quarter) implements Period {

  public QuarterPeriod {
    Objects.requireNonNull(year, "year");
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
    }
  }

  @Override
  public YearMonth firstMonth() {
    return year.month(quarter * 3 - 2);
  }

  @Override
  public YearMonth lastMonth() {
    return year.month(quarter * 3);
  }

  @Override
  public Frequency frequency() {
    return Frequency.QUARTERLY;
  }

  @Override
  public QuarterPeriod previous() {
    return quarter == 1
        ? new QuarterPeriod(year.previous(), 4)
        : new QuarterPeriod(year, quarter - 1);
  }

  @Override
  public QuarterPeriod sameLastYear() {
    return new QuarterPeriod(year.previous(), quarter);
  }

  @Override
  public String label() {
    return "Q" + quarter + " " + year.label();
  }

  @Override
  public String nameInSentence() {
    return label();
  }

  @Override
  public String toString() {
    return label();
  }
}
