package org.barometer.core.batch;

/**
 * The status rule of {@code StatusRule.rate} on scaled longs, for one indicator at a time: green on
 * target or better, amber when worse by no more than the tolerance, red beyond it; the boundary
 * belongs to the better status. A Goldilocks figure is measured to the nearer edge of its range.
 */
final class FigureRating {

  private byte polarity;
  private boolean relative;
  private long toleranceNumerator;
  private long toleranceDenominator;
  private boolean profiled;
  private long displayPower;

  void load(MeasureColumns measures, int indicator) {
    polarity = measures.polarity(indicator);
    relative = measures.relativeTolerance(indicator);
    toleranceNumerator = measures.toleranceNumerator(indicator);
    toleranceDenominator = measures.toleranceDenominator(indicator);
    profiled = measures.profilesLinearly(indicator);
    displayPower = ExactLongs.powerOfTen(measures.decimals(indicator));
  }

  boolean goldilocks() {
    return polarity == MeasureColumns.GOLDILOCKS;
  }

  boolean profilesLinearly() {
    return profiled;
  }

  /** 10^decimals of the display. */
  long displayPower() {
    return displayPower;
  }

  /** Turns "higher" (positive), "lower" (negative) or "equal" into better, worse or the same. */
  int higherIsBetter(int higher) {
    return polarity == MeasureColumns.MINIMISE ? -higher : higher;
  }

  /**
   * The status of the figure {@code numerator / denominator} against the target.
   *
   * @param denominator positive
   */
  byte rate(long numerator, long denominator, MonthTarget target) {
    int againstLow =
        ExactLongs.compareProducts(numerator, target.denominator(), target.low(), denominator);
    int againstHigh =
        ExactLongs.compareProducts(numerator, target.denominator(), target.high(), denominator);
    long edge;
    if (polarity == MeasureColumns.MAXIMISE) {
      if (againstLow >= 0) {
        return BatchStatus.GREEN.code();
      }
      edge = target.low();
    } else if (polarity == MeasureColumns.MINIMISE) {
      if (againstHigh <= 0) {
        return BatchStatus.GREEN.code();
      }
      edge = target.high();
    } else {
      if (againstLow >= 0 && againstHigh <= 0) {
        return BatchStatus.GREEN.code();
      }
      edge = againstLow < 0 ? target.low() : target.high();
    }
    return withinTolerance(numerator, denominator, edge, target.denominator())
        ? BatchStatus.AMBER.code()
        : BatchStatus.RED.code();
  }

  /**
   * Whether the miss {@code |n/d - e/f|} is within the allowance: a share {@code s/t} of {@code
   * |e/f|} (relative) or an amount {@code s/t} (absolute). Multiplied out by {@code d f t}: {@code
   * |n f - e d| t <= |e| s d}, or {@code |n f - e d| t <= s d f}.
   */
  private boolean withinTolerance(long n, long d, long e, long f) {
    long miss =
        Math.absExact(Math.subtractExact(Math.multiplyExact(n, f), Math.multiplyExact(e, d)));
    if (relative) {
      long allowance = Math.multiplyExact(Math.absExact(e), toleranceNumerator);
      return ExactLongs.compareProducts(miss, toleranceDenominator, allowance, d) <= 0;
    }
    long allowance = Math.multiplyExact(toleranceNumerator, d);
    return ExactLongs.compareProducts(miss, toleranceDenominator, allowance, f) <= 0;
  }
}
