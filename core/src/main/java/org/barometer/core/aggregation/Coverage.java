package org.barometer.core.aggregation;

import java.time.YearMonth;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;

/**
 * Which periods a reported figure covers: the window from its first to its last month, and how many
 * of the window's periods had a figure.
 */
public record Coverage(
    YearMonth from, YearMonth to, Frequency frequency, int covered, int expected) {

  public Coverage {
    if (covered < 0 || covered > expected) {
      throw new IllegalArgumentException("covered must be 0 to " + expected);
    }
  }

  /** Whether every period of the window had a figure. */
  public boolean complete() {
    return covered == expected;
  }

  /** {@code Apr-Nov, 7 of 8 months}; just {@code Nov 2016} for a single period. */
  public String label() {
    if (expected == 1) {
      return frequency.periodContaining(to).label();
    }
    String unit =
        switch (frequency) {
          case MONTHLY -> "months";
          case QUARTERLY -> "quarters";
          case ANNUAL -> "years";
        };
    return Period.shortMonth(from)
        + "-"
        + Period.shortMonth(to)
        + ", "
        + covered
        + " of "
        + expected
        + " "
        + unit;
  }
}
