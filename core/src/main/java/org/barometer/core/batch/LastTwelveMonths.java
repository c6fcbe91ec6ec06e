package org.barometer.core.batch;

import java.util.Arrays;

/**
 * The cumulative figures of the last twelve months of one indicator, so that each month can be
 * compared with the same month last year without a second pass over the figures.
 */
final class LastTwelveMonths {

  private static final int SIZE = 12;

  private final byte[] state = new byte[SIZE];
  private final long[] sum = new long[SIZE];
  private final long[] denominators = new long[SIZE];
  private final int[] months = new int[SIZE];
  private final long[] rounded = new long[SIZE];
  private final boolean[] roundedInLong = new boolean[SIZE];

  /** Forgets every month: before an indicator's first month there is nothing to compare with. */
  void clear() {
    Arrays.fill(state, RunningTotal.NO_DATA);
  }

  /**
   * Keeps a month's cumulative figure, overwriting the one of twelve months earlier.
   *
   * @param roundedValue the figure at the display decimals, scaled by 10^decimals
   * @param roundedFits whether that rounding fitted in a long
   */
  void remember(int month, RunningTotal total, long roundedValue, boolean roundedFits) {
    int at = month % SIZE;
    state[at] = total.state();
    sum[at] = total.sum();
    denominators[at] = total.denominators();
    months[at] = total.months();
    rounded[at] = roundedValue;
    roundedInLong[at] = roundedFits;
  }

  byte state(int month) {
    return state[month % SIZE];
  }

  long sum(int month) {
    return sum[month % SIZE];
  }

  long denominators(int month) {
    return denominators[month % SIZE];
  }

  int months(int month) {
    return months[month % SIZE];
  }

  long rounded(int month) {
    return rounded[month % SIZE];
  }

  boolean roundedInLong(int month) {
    return roundedInLong[month % SIZE];
  }
}
