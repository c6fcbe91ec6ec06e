package org.barometer.core.batch;

/**
 * The target of one indicator for one month, as the exact path's {@code TargetForPeriod} works it
 * out, held as {@code low / denominator} to {@code high / denominator} (one value when they are
 * equal).
 */
final class MonthTarget {

  /** M / 12 in lowest terms, by month number M: tables rather than a division each month. */
  private static final int[] PROFILE_NUMERATOR = {0, 1, 1, 1, 1, 5, 1, 7, 2, 3, 5, 11, 1};

  private static final int[] PROFILE_DENOMINATOR = {1, 12, 6, 4, 3, 12, 2, 12, 3, 4, 6, 12, 1};

  private long low;
  private long high;
  private long denominator;
  private long displayPower;

  /**
   * Loads the target of a month.
   *
   * @param monthNumber 1 (April) to 12 (March)
   * @param profiled whether a single annual value is profiled linearly (annual x M / 12)
   * @param power 10^decimals of the display, for measuring closeness at display precision
   * @return false when there is no value to rate against: no target set, none, or TBC
   * @throws ArithmeticException when the month's target does not fit a long
   */
  boolean load(TargetColumns targets, int slot, int monthNumber, boolean profiled, long power) {
    byte kind = targets.kind(slot);
    if (kind == TargetColumns.SINGLE) {
      single(targets, slot, monthNumber, profiled);
    } else if (kind == TargetColumns.INCREMENT) {
      long perMonth = Math.multiplyExact(targets.second(slot), monthNumber);
      low = Math.addExact(targets.first(slot), perMonth);
      high = low;
      denominator = targets.denominator(slot);
    } else if (kind == TargetColumns.RANGE) {
      low = targets.first(slot);
      high = targets.second(slot);
      denominator = targets.denominator(slot);
    } else {
      return false;
    }
    displayPower = power;
    return true;
  }

  /** A single value, or annual x M / 12 in lowest terms when profiled. */
  private void single(TargetColumns targets, int slot, int monthNumber, boolean profiled) {
    if (profiled) {
      low = Math.multiplyExact(targets.first(slot), PROFILE_NUMERATOR[monthNumber]);
      denominator = Math.multiplyExact(targets.denominator(slot), PROFILE_DENOMINATOR[monthNumber]);
    } else {
      low = targets.first(slot);
      denominator = targets.denominator(slot);
    }
    high = low;
  }

  long low() {
    return low;
  }

  long high() {
    return high;
  }

  /** The divisor of {@link #low()} and {@link #high()}: always positive. */
  long denominator() {
    return denominator;
  }

  /**
   * How far a rounded figure lies outside the target, zero inside it, over the common divisor
   * {@code denominator x 10^decimals}: distances of two figures compare as longs.
   *
   * @param rounded a figure at the display decimals, scaled by 10^decimals
   */
  long distance(long rounded) {
    long figure = Math.multiplyExact(rounded, denominator);
    long bottom = Math.multiplyExact(low, displayPower);
    if (figure < bottom) {
      return Math.subtractExact(bottom, figure);
    }
    long top = Math.multiplyExact(high, displayPower);
    return figure > top ? Math.subtractExact(figure, top) : 0;
  }
}
