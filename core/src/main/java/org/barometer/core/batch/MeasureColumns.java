package org.barometer.core.batch;

import java.math.BigDecimal;
import java.util.Objects;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Combination;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.period.Frequency;
import org.barometer.core.status.Tolerance;

/**
 * How each indicator of a batch is measured, and its tolerance, as primitive columns indexed by
 * indicator (0 to {@link #count()} - 1).
 *
 * <p>The batch path evaluates cumulative monthly indicators whose figures cover their own month:
 * counts and money summed from April, or ratios of summed numerators and denominators. Every other
 * kind of measure goes through the exact path, so {@link Builder#set} refuses it.
 */
public final class MeasureColumns {

  static final byte MAXIMISE = 0;
  static final byte MINIMISE = 1;
  static final byte GOLDILOCKS = 2;

  private final Measure[] measures;
  private final Tolerance[] tolerances;
  private final byte[] polarity;
  private final byte[] decimals;
  private final boolean[] components;
  private final long[] multiplier;
  private final boolean[] relative;
  private final long[] toleranceNumerator;
  private final long[] toleranceDenominator;

  private MeasureColumns(Builder builder) {
    this.measures = builder.measures;
    this.tolerances = builder.tolerances;
    this.polarity = builder.polarity;
    this.decimals = builder.decimals;
    this.components = builder.components;
    this.multiplier = builder.multiplier;
    this.relative = builder.relative;
    this.toleranceNumerator = builder.toleranceNumerator;
    this.toleranceDenominator = builder.toleranceDenominator;
  }

  /** Columns for {@code count} indicators, each to be set once. */
  public static Builder builder(int count) {
    return new Builder(count);
  }

  public int count() {
    return measures.length;
  }

  public Measure measure(int indicator) {
    return measures[indicator];
  }

  public Tolerance tolerance(int indicator) {
    return tolerances[indicator];
  }

  /** Whether the indicator is collected as a numerator and a denominator. */
  public boolean hasComponents(int indicator) {
    return components[indicator];
  }

  boolean anyComponents() {
    for (boolean each : components) {
      if (each) {
        return true;
      }
    }
    return false;
  }

  byte polarity(int indicator) {
    return polarity[indicator];
  }

  int decimals(int indicator) {
    return decimals[indicator];
  }

  long multiplier(int indicator) {
    return multiplier[indicator];
  }

  /**
   * A single annual target is profiled linearly for a summed count (see {@link
   * Measure#profilesAnnualTargetLinearly()}); for a ratio it applies to every month.
   */
  boolean profilesLinearly(int indicator) {
    return !components[indicator];
  }

  boolean relativeTolerance(int indicator) {
    return relative[indicator];
  }

  /** The tolerance as a reduced fraction: a share of the reference, or an amount. */
  long toleranceNumerator(int indicator) {
    return toleranceNumerator[indicator];
  }

  long toleranceDenominator(int indicator) {
    return toleranceDenominator[indicator];
  }

  /** Fills the columns one indicator at a time. */
  public static final class Builder {
    private final Measure[] measures;
    private final Tolerance[] tolerances;
    private final byte[] polarity;
    private final byte[] decimals;
    private final boolean[] components;
    private final long[] multiplier;
    private final boolean[] relative;
    private final long[] toleranceNumerator;
    private final long[] toleranceDenominator;

    private Builder(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("count cannot be negative");
      }
      measures = new Measure[count];
      tolerances = new Tolerance[count];
      polarity = new byte[count];
      decimals = new byte[count];
      components = new boolean[count];
      multiplier = new long[count];
      relative = new boolean[count];
      toleranceNumerator = new long[count];
      toleranceDenominator = new long[count];
    }

    /**
     * Sets one indicator's measure and effective tolerance.
     *
     * @throws IllegalArgumentException if the measure is not a cumulative monthly measure of
     *     figures entered for their month, or the tolerance has more than four decimals
     */
    public Builder set(int indicator, Measure measure, Tolerance tolerance) {
      requireBatchable(measure);
      Objects.requireNonNull(tolerance, "tolerance");
      measures[indicator] = measure;
      tolerances[indicator] = tolerance;
      polarity[indicator] = code(measure.polarity());
      decimals[indicator] = (byte) measure.decimals();
      components[indicator] = measure.combination() == Combination.RATIO_OF_SUMS;
      multiplier[indicator] = measure.unit().multiplier().longValueExact();
      setTolerance(indicator, tolerance);
      return this;
    }

    /**
     * The columns.
     *
     * @throws IllegalStateException if an indicator was not set
     */
    public MeasureColumns build() {
      for (int indicator = 0; indicator < measures.length; indicator++) {
        if (measures[indicator] == null) {
          throw new IllegalStateException("Indicator " + indicator + " has no measure");
        }
      }
      return new MeasureColumns(this);
    }

    private void setTolerance(int indicator, Tolerance tolerance) {
      BigDecimal amount =
          tolerance instanceof Tolerance.Relative share
              ? share.share()
              : ((Tolerance.Absolute) tolerance).amount();
      long numerator = Scaled.of(amount);
      long gcd = Math.max(1, ExactLongs.gcd(numerator, Scaled.ONE));
      relative[indicator] = tolerance instanceof Tolerance.Relative;
      toleranceNumerator[indicator] = numerator / gcd;
      toleranceDenominator[indicator] = Scaled.ONE / gcd;
    }

    private static void requireBatchable(Measure measure) {
      boolean batchable =
          measure.aggregation() == AggregationKind.CUMULATIVE
              && measure.basis() == EntryBasis.PERIOD
              && measure.frequency() == Frequency.MONTHLY;
      if (!batchable) {
        throw new IllegalArgumentException(
            "The batch path evaluates cumulative monthly figures entered for their month, not "
                + measure);
      }
    }

    private static byte code(Polarity polarity) {
      return switch (polarity) {
        case MAXIMISE -> MAXIMISE;
        case MINIMISE -> MINIMISE;
        case GOLDILOCKS -> GOLDILOCKS;
      };
    }
  }
}
