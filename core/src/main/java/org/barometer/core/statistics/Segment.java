package org.barometer.core.statistics;

import java.math.BigDecimal;

/**
 * One period of the chart, between recalculations: its points, and the mean, limits and two-sigma
 * lines its points are judged against. Limits are absent when too few points stand behind them.
 */
public final class Segment {

  private final int firstIndex;
  private final int lastIndex;
  private final int points;
  private final int limitPoints;
  private final int screenedOut;
  private final boolean limitsShown;
  private final int scale;
  private final Threshold mean;
  private final Threshold upperLimit;
  private final Threshold lowerLimit;
  private final Threshold upperTwoSigma;
  private final Threshold lowerTwoSigma;

  Segment(
      int firstIndex,
      int lastIndex,
      int points,
      int limitPoints,
      int screenedOut,
      boolean limitsShown,
      int scale,
      Threshold mean,
      Threshold upperLimit,
      Threshold lowerLimit,
      Threshold upperTwoSigma,
      Threshold lowerTwoSigma) {
    this.firstIndex = firstIndex;
    this.lastIndex = lastIndex;
    this.points = points;
    this.limitPoints = limitPoints;
    this.screenedOut = screenedOut;
    this.limitsShown = limitsShown;
    this.scale = scale;
    this.mean = mean;
    this.upperLimit = upperLimit;
    this.lowerLimit = lowerLimit;
    this.upperTwoSigma = upperTwoSigma;
    this.lowerTwoSigma = lowerTwoSigma;
  }

  /** The index of the period's first point, 0-based. */
  public int firstIndex() {
    return firstIndex;
  }

  /** The index of the period's last point, inclusive. */
  public int lastIndex() {
    return lastIndex;
  }

  /** The values present in the period. */
  public int points() {
    return points;
  }

  /** The values the mean and limits come from: all of the period's, or a baseline's. */
  public int limitPoints() {
    return limitPoints;
  }

  /** Moving ranges left out of the average by screening. */
  public int screenedOut() {
    return screenedOut;
  }

  /** Whether enough points stand behind the limits for them, colours and icons to be shown. */
  public boolean limitsShown() {
    return limitsShown;
  }

  /** The mean, or null when the period has no values. */
  public BigDecimal mean() {
    return mean == null ? null : mean.decimal(scale);
  }

  /** The upper process limit, or null when not shown. */
  public BigDecimal upperLimit() {
    return limitsShown ? upperLimit.decimal(scale) : null;
  }

  /** The lower process limit, or null when not shown. */
  public BigDecimal lowerLimit() {
    return limitsShown ? lowerLimit.decimal(scale) : null;
  }

  /** The upper two-sigma line, or null when not shown. */
  public BigDecimal upperTwoSigma() {
    return limitsShown ? upperTwoSigma.decimal(scale) : null;
  }

  /** The lower two-sigma line, or null when not shown. */
  public BigDecimal lowerTwoSigma() {
    return limitsShown ? lowerTwoSigma.decimal(scale) : null;
  }

  boolean contains(int index) {
    return index >= firstIndex && index <= lastIndex;
  }

  Threshold meanLine() {
    return mean;
  }

  Threshold upperLimitLine() {
    return upperLimit;
  }

  Threshold lowerLimitLine() {
    return lowerLimit;
  }

  Threshold upperTwoSigmaLine() {
    return upperTwoSigma;
  }

  Threshold lowerTwoSigmaLine() {
    return lowerTwoSigma;
  }
}
