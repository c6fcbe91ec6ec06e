package org.barometer.core.indicator;

/** How the figure reported for a month is built from the figures collected. */
public enum AggregationKind {
  /** From April to the month: summed, or the ratio of summed components. */
  CUMULATIVE("cumulative", 0),
  /** The figure for the period itself. */
  SNAPSHOT("snapshot", 1),
  /** The mean of the figures from April to the month (ratio of sums where components exist). */
  YEAR_TO_DATE_AVERAGE("year-to-date average", 0),
  /** The last three months combined, across the year boundary. */
  ROLLING_QUARTER("rolling quarter", 3),
  /** The last twelve months combined, across the year boundary. */
  ROLLING_12_MONTHS("rolling 12 months", 12);

  private final String label;
  private final int windowMonths;

  AggregationKind(String label, int windowMonths) {
    this.label = label;
    this.windowMonths = windowMonths;
  }

  public String label() {
    return label;
  }

  /** Whether the window starts each April (cumulative and year-to-date figures). */
  public boolean yearToDate() {
    return this == CUMULATIVE || this == YEAR_TO_DATE_AVERAGE;
  }

  /** Months in a rolling window; 1 for a snapshot; 0 for a year-to-date window. */
  int windowMonths() {
    return windowMonths;
  }
}
