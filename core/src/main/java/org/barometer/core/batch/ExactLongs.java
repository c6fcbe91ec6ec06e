package org.barometer.core.batch;

/**
 * Exact arithmetic on longs for the batch path. Products are compared in 128 bits, so comparing two
 * fractions never overflows; everything else uses the {@code Math.*Exact} operations, whose {@link
 * ArithmeticException} sends the indicator-month to the exact path instead of giving a wrong
 * answer.
 */
final class ExactLongs {

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };

  private ExactLongs() {}

  /** The sign of {@code a * b - c * d}, exact for any longs. */
  static int compareProducts(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    if (high != otherHigh) {
      return high < otherHigh ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * {@code numerator / denominator} rounded half up (away from zero on a half), as {@link
   * java.math.RoundingMode#HALF_UP} does.
   *
   * @param denominator positive
   */
  static long divideHalfUp(long numerator, long denominator) {
    long quotient = numerator / denominator;
    long remainder = Math.abs(numerator % denominator);
    if (remainder >= denominator - remainder) {
      return numerator < 0 ? quotient - 1 : quotient + 1;
    }
    return quotient;
  }

  static long powerOfTen(int exponent) {
    return POWERS_OF_TEN[exponent];
  }

  static long gcd(long a, long b) {
    long x = Math.abs(a);
    long y = Math.abs(b);
    while (y != 0) {
      long rest = x % y;
      x = y;
      y = rest;
    }
    return x;
  }
}
