package org.barometer.core.period;

import java.time.YearMonth;

/** How often an indicator is collected. */
public enum Frequency {
  MONTHLY(1),
  QUARTERLY(3),
  ANNUAL(12);

  private final int months;

  Frequency(int months) {
    this.months = months;
  }

  /** How many months one period of this frequency spans. */
  public int months() {
    return months;
  }

  /** The period of this frequency that contains the month. */
  public Period periodContaining(YearMonth month) {
    FinancialYear year = FinancialYear.containing(month);
    return switch (this) {
      case MONTHLY -> new MonthPeriod(month);
      case QUARTERLY -> new QuarterPeriod(year, (FinancialYear.monthNumber(month) - 1) / 3 + 1);
      case ANNUAL -> new YearPeriod(year);
    };
  }

  /** The latest period of this frequency that has ended by the end of the month. */
  public Period latestEndedBy(YearMonth month) {
    Period containing = periodContaining(month);
    return containing.lastMonth().equals(month) ? containing : containing.previous();
  }
}
