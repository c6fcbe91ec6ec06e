package org.barometer.core.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: a decimal numerator over a positive decimal denominator.
 *
 * <p>Figures are stored as decimals, but a ratio (numerator / denominator x multiplier), a mean of
 * several months or a profiled target (annual x 8 / 12) need not have a finite decimal form.
 * Keeping them as fractions means every comparison with a target is exact; rounding happens once,
 * for display, half up at the indicator's decimals.
 */
public final class ExactValue implements Comparable<ExactValue> {

  public static final ExactValue ZERO = new ExactValue(BigDecimal.ZERO, BigDecimal.ONE);
  public static final ExactValue ONE = new ExactValue(BigDecimal.ONE, BigDecimal.ONE);
  private static final int HASH_SCALE = 24;

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private ExactValue(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The value of a decimal. */
  public static ExactValue of(BigDecimal value) {
    return new ExactValue(Objects.requireNonNull(value, "value"), BigDecimal.ONE);
  }

  /** The value of a decimal written as text, such as {@code "87.34"}. */
  public static ExactValue of(String value) {
    return of(new BigDecimal(value));
  }

  /**
   * The value written by {@link #toString()}: a decimal such as {@code 87.34}, or a fraction such
   * as {@code 13000/3}.
   *
   * @throws NumberFormatException when the text is neither
   */
  public static ExactValue parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return of(text.strip());
    }
    BigDecimal denominator = new BigDecimal(text.substring(slash + 1).strip());
    if (denominator.signum() == 0) {
      throw new NumberFormatException("Zero denominator in " + text);
    }
    return fraction(new BigDecimal(text.substring(0, slash).strip()), denominator);
  }

  /** The value of a whole number. */
  public static ExactValue of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * The fraction {@code numerator / denominator}.
   *
   * @throws ArithmeticException when the denominator is zero: callers decide what a zero
   *     denominator means (for a figure it means "no value")
   */
  public static ExactValue fraction(BigDecimal numerator, BigDecimal denominator) {
    int sign = denominator.signum();
    if (sign == 0) {
      throw new ArithmeticException("Zero denominator");
    }
    return sign > 0
        ? new ExactValue(numerator, denominator)
        : new ExactValue(numerator.negate(), denominator.negate());
  }

  public ExactValue add(ExactValue other) {
    if (denominator.compareTo(other.denominator) == 0) {
      return new ExactValue(numerator.add(other.numerator), denominator);
    }
    return new ExactValue(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public ExactValue subtract(ExactValue other) {
    return add(other.negate());
  }

  public ExactValue multiply(ExactValue other) {
    return new ExactValue(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public ExactValue multiply(BigDecimal factor) {
    return new ExactValue(numerator.multiply(factor), denominator);
  }

  /**
   * This value divided by another.
   *
   * @throws ArithmeticException when the divisor is zero
   */
  public ExactValue divide(ExactValue divisor) {
    return fraction(
        numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
  }

  public ExactValue divide(long divisor) {
    return divide(of(divisor));
  }

  public ExactValue negate() {
    return new ExactValue(numerator.negate(), denominator);
  }

  public ExactValue abs() {
    return numerator.signum() < 0 ? negate() : this;
  }

  public int signum() {
    return numerator.signum();
  }

  public boolean isZero() {
    return numerator.signum() == 0;
  }

  public ExactValue min(ExactValue other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public ExactValue max(ExactValue other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Rounded half up to {@code scale} decimals: the one place where rounding happens. */
  public BigDecimal round(int scale) {
    return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
  }

  /** An approximation for statistics and charts, which may compute in binary floating point. */
  public double toDouble() {
    return round(17).doubleValue();
  }

  @Override
  public int compareTo(ExactValue other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExactValue value && compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return round(HASH_SCALE).stripTrailingZeros().hashCode();
  }

  /** A plain decimal when the value has one of up to 12 places, else {@code n/d}. */
  @Override
  public String toString() {
    BigDecimal rounded = round(12);
    if (ExactValue.of(rounded).equals(this)) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
