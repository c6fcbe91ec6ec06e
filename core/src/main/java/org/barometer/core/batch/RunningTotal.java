package org.barometer.core.batch;

/**
 * The cumulative figure of one indicator from April to the current month: the sum of its figures,
 * or the sums of its numerators and denominators, and how many months had a figure.
 */
final class RunningTotal {

  static final byte NO_DATA = 0;
  static final byte ZERO_DENOMINATOR = 1;
  static final byte VALUE = 2;

  private boolean components;
  private long sum;
  private long denominators;
  private int months;

  /** Starts a new year (or a new indicator) with nothing collected. */
  void reset(boolean withComponents) {
    components = withComponents;
    sum = 0;
    denominators = 0;
    months = 0;
  }

  /**
   * Adds one month; a missing month adds nothing. Figures are within {@link Scaled#LIMIT}, so
   * twelve of them cannot overflow.
   */
  void add(long value, MonthlyColumns figures, int cell) {
    if (value == MonthlyColumns.MISSING) {
      return;
    }
    sum += value;
    if (components) {
      denominators += figures.denominator(cell);
    }
    months++;
  }

  byte state() {
    if (months == 0) {
      return NO_DATA;
    }
    return components && denominators == 0 ? ZERO_DENOMINATOR : VALUE;
  }

  /** The summed figures, or the summed numerators. */
  long sum() {
    return sum;
  }

  /** The summed denominators; 0 without components. */
  long denominators() {
    return denominators;
  }

  int months() {
    return months;
  }
}
