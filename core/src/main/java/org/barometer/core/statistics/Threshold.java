package org.barometer.core.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * One line of a chart, {@code (d*m*S + sign*k*n*M) / (d*n*m)} in units of the series: the mean
 * ({@code k = 0}), a process limit ({@code k/d = 2.66}) or a two-sigma line ({@code k/d = 2/3 x
 * 2.66}), where S is the sum of n values and M the sum of m moving ranges. It is held as its exact
 * floor and ceiling, so comparing a whole number of units with it is a comparison of longs.
 */
final class Threshold {

  private final long floor;
  private final long ceiling;
  private final long numerator;
  private final long denominator;
  private final BigInteger bigNumerator;
  private final BigInteger bigDenominator;

  private Threshold(long floor, long ceiling, long numerator, long denominator) {
    this.floor = floor;
    this.ceiling = ceiling;
    this.numerator = numerator;
    this.denominator = denominator;
    this.bigNumerator = null;
    this.bigDenominator = null;
  }

  private Threshold(long floor, long ceiling, BigInteger numerator, BigInteger denominator) {
    this.floor = floor;
    this.ceiling = ceiling;
    this.numerator = 0;
    this.denominator = 0;
    this.bigNumerator = numerator;
    this.bigDenominator = denominator;
  }

  /**
   * The line {@code S/n + sign * (k/d) * M/m}.
   *
   * @param n values, at least 1
   * @param m moving ranges, at least 1 (give M = 0, m = 1 when there are none)
   */
  static Threshold of(long sum, long n, long rangeSum, long m, int sign, long k, long d) {
    try {
      long a = Math.multiplyExact(Math.multiplyExact(d, m), sum);
      long b = Math.multiplyExact(Math.multiplyExact(k, n), rangeSum);
      long numerator = sign >= 0 ? Math.addExact(a, b) : Math.subtractExact(a, b);
      long denominator = Math.multiplyExact(Math.multiplyExact(d, n), m);
      long floor = Math.floorDiv(numerator, denominator);
      long ceiling = Math.floorMod(numerator, denominator) == 0 ? floor : floor + 1;
      return new Threshold(floor, ceiling, numerator, denominator);
    } catch (ArithmeticException overflow) {
      return of(big(sum), n, big(rangeSum), m, sign, k, d);
    }
  }

  /** The same line from sums too large for a long. */
  static Threshold of(
      BigInteger sum, long n, BigInteger rangeSum, long m, int sign, long k, long d) {
    {
      BigInteger a = BigInteger.valueOf(d).multiply(BigInteger.valueOf(m)).multiply(sum);
      BigInteger b = BigInteger.valueOf(k).multiply(BigInteger.valueOf(n)).multiply(rangeSum);
      BigInteger numerator = sign >= 0 ? a.add(b) : a.subtract(b);
      BigInteger denominator =
          BigInteger.valueOf(d).multiply(BigInteger.valueOf(n)).multiply(BigInteger.valueOf(m));
      BigInteger[] division = numerator.divideAndRemainder(denominator);
      BigInteger floor = division[0];
      if (division[1].signum() < 0) {
        floor = floor.subtract(BigInteger.ONE);
      }
      BigInteger ceiling = division[1].signum() == 0 ? floor : floor.add(BigInteger.ONE);
      return new Threshold(clamp(floor), clamp(ceiling), numerator, denominator);
    }
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }

  private static long clamp(BigInteger value) {
    if (value.bitLength() < 64) {
      return value.longValue();
    }
    return value.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
  }

  /** Whether a value of this many units lies strictly above the line. */
  boolean isExceededBy(long units) {
    return units > floor;
  }

  /** Whether a value of this many units lies strictly below the line. */
  boolean isUndercutBy(long units) {
    return units < ceiling;
  }

  long floor() {
    return floor;
  }

  long ceiling() {
    return ceiling;
  }

  /** The line as a decimal of 16 significant digits, for display. */
  BigDecimal decimal(int scale) {
    BigDecimal top =
        bigNumerator == null ? BigDecimal.valueOf(numerator) : new BigDecimal(bigNumerator);
    BigDecimal bottom =
        bigDenominator == null ? BigDecimal.valueOf(denominator) : new BigDecimal(bigDenominator);
    return top.divide(bottom, MathContext.DECIMAL64).movePointLeft(scale).stripTrailingZeros();
  }
}
