package org.barometer.core.indicator;

/** How the figures inside a window are combined into one reported figure. */
public enum Combination {
  /** The one figure of the period, as entered (snapshots, figures entered year to date). */
  AS_ENTERED,
  /** The sum of the figures: counts and money. */
  SUM,
  /** Sum of numerators over sum of denominators, times the unit's multiplier. */
  RATIO_OF_SUMS,
  /** The mean of the figures, for rates and averages collected without components. */
  MEAN
}
