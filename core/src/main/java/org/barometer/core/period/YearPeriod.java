package org.barometer.core.period;

import java.time.YearMonth;
import java.util.Objects;

/** A whole financial year, for indicators collected annually. */
public record YearPeriod(FinancialYear year) implements Period {

  public YearPeriod {
    Objects.requireNonNull(year, "year");
  }

  @Override
  public YearMonth firstMonth() {
    return year.firstMonth();
  }

  @Override
  public YearMonth lastMonth() {
    return year.lastMonth();
  }

  @Override
  public Frequency frequency() {
    return Frequency.ANNUAL;
  }

  @Override
  public YearPeriod previous() {
    return new YearPeriod(year.previous());
  }

  @Override
  public YearPeriod sameLastYear() {
    return previous();
  }

  @Override
  public String label() {
    return year.label();
  }

  @Override
  public String nameInSentence() {
    return year.label();
  }

  @Override
  public String toString() {
    return label();
  }
}
