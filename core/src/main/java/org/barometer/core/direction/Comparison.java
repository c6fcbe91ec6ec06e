package org.barometer.core.direction;

import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.period.Period;

/** The earlier period a figure is compared with. */
public enum Comparison {
  PREVIOUS_PERIOD("the previous period"),
  SAME_PERIOD_LAST_YEAR("the same period last year");

  private final String label;

  Comparison(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The default comparison: a cumulative or year-to-date figure rises through the year, so it is
   * compared with the same period last year; a snapshot or rolling figure with the one before.
   */
  public static Comparison defaultFor(AggregationKind kind) {
    return kind.yearToDate() ? SAME_PERIOD_LAST_YEAR : PREVIOUS_PERIOD;
  }

  /**
   * The default comparison for a measure: a figure entered year to date (a "[Year to date
   * Snapshot]") also rises or settles through the year, so it too is compared with the same period
   * last year.
   */
  public static Comparison defaultFor(Measure measure) {
    return measure.basis().yearToDate() ? SAME_PERIOD_LAST_YEAR : defaultFor(measure.aggregation());
  }

  /** The earlier period to compare a period with. */
  public Period earlierThan(Period period) {
    return this == PREVIOUS_PERIOD ? period.previous() : period.sameLastYear();
  }
}
