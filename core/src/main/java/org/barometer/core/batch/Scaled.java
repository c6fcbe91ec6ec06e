package org.barometer.core.batch;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The fixed scale of the batch path: every figure, target and tolerance is held as a long count of
 * ten-thousandths ({@code 87.34} is {@code 873_400}). Four decimals carry every figure and target
 * the councils print; a value with more is refused rather than rounded, so the batch path never
 * loses precision.
 */
public final class Scaled {

  /** Decimals held: the scale is 10^4. */
  public static final int DECIMALS = 4;

  /** What one unit is worth in the scaled representation. */
  public static final long ONE = 10_000L;

  /**
   * Largest magnitude accepted, about 2.9 x 10^13 units: twelve months of such figures still add up
   * inside a long, so a running total never overflows.
   */
  public static final long LIMIT = 1L << 58;

  private Scaled() {}

  /**
   * A decimal as a scaled long.
   *
   * @throws IllegalArgumentException if it has more than four decimals or is beyond {@link #LIMIT}
   */
  public static long of(BigDecimal value) {
    BigDecimal scaled = value.movePointRight(DECIMALS);
    BigInteger exact;
    try {
      exact = scaled.toBigIntegerExact();
    } catch (ArithmeticException moreDecimals) {
      throw new IllegalArgumentException(
          value.toPlainString() + " has more than " + DECIMALS + " decimals", moreDecimals);
    }
    if (exact.abs().compareTo(BigInteger.valueOf(LIMIT)) > 0) {
      throw new IllegalArgumentException(value.toPlainString() + " is too large for the batch");
    }
    return exact.longValue();
  }

  /** A scaled long back as a decimal. */
  public static BigDecimal toDecimal(long scaled) {
    return BigDecimal.valueOf(scaled, DECIMALS);
  }

  static long checked(long scaled) {
    if (scaled > LIMIT || scaled < -LIMIT) {
      throw new IllegalArgumentException(scaled + " is beyond the batch limit of +/-" + LIMIT);
    }
    return scaled;
  }
}
