package org.barometer.core.batch;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;
import org.barometer.core.measurement.Figure;

/**
 * The monthly figures of many indicators, one column of scaled longs (see {@link Scaled}) laid out
 * indicator by indicator: the figures of indicator {@code i} for months {@code 0..months-1} sit
 * side by side, so a running total reads memory in order.
 *
 * <p>A month with no figure holds {@link #MISSING}, never 0. An indicator collected with components
 * keeps its numerators in the value column and its denominators in a second column; a denominator
 * may be zero, which makes "no value" wherever it is the whole of a cumulative denominator.
 */
public final class MonthlyColumns {

  /** The marker of a month with no figure: outside the range of any scaled figure. */
  public static final long MISSING = Long.MIN_VALUE;

  private final MeasureColumns measures;
  private final YearMonth firstMonth;
  private final int months;
  private final long[] values;
  private final long[] denominators;

  private MonthlyColumns(Builder builder) {
    this.measures = builder.measures;
    this.firstMonth = builder.firstMonth;
    this.months = builder.months;
    this.values = builder.values;
    this.denominators = builder.denominators;
  }

  /**
   * Empty columns, every month missing, for the indicators of {@code measures} over {@code months}
   * months from {@code firstMonth}.
   */
  public static Builder builder(MeasureColumns measures, YearMonth firstMonth, int months) {
    return new Builder(measures, firstMonth, months);
  }

  public MeasureColumns measures() {
    return measures;
  }

  public int indicators() {
    return measures.count();
  }

  public YearMonth firstMonth() {
    return firstMonth;
  }

  public int months() {
    return months;
  }

  /** The calendar month of a month index. */
  public YearMonth month(int index) {
    return firstMonth.plusMonths(index);
  }

  long value(int cell) {
    return values[cell];
  }

  long denominator(int cell) {
    return denominators[cell];
  }

  /** Fills the columns; {@link #build()} hands them over without copying. */
  public static final class Builder {
    private final MeasureColumns measures;
    private final YearMonth firstMonth;
    private final int months;
    private long[] values;
    private long[] denominators;

    private Builder(MeasureColumns measures, YearMonth firstMonth, int months) {
      this.measures = Objects.requireNonNull(measures, "measures");
      this.firstMonth = Objects.requireNonNull(firstMonth, "firstMonth");
      if (months < 0) {
        throw new IllegalArgumentException("months cannot be negative");
      }
      this.months = months;
      int cells = Math.multiplyExact(measures.count(), months);
      this.values = new long[cells];
      Arrays.fill(values, MISSING);
      this.denominators = measures.anyComponents() ? new long[cells] : null;
    }

    /** Sets a plain figure, as a scaled long, for an indicator collected without components. */
    public Builder setPlain(int indicator, int month, long scaledValue) {
      requireComponents(indicator, false);
      values[cell(indicator, month)] = Scaled.checked(scaledValue);
      return this;
    }

    /** Sets a numerator and a denominator, as scaled longs, for an indicator with components. */
    public Builder setRatio(
        int indicator, int month, long scaledNumerator, long scaledDenominator) {
      requireComponents(indicator, true);
      int cell = cell(indicator, month);
      values[cell] = Scaled.checked(scaledNumerator);
      denominators[cell] = Scaled.checked(scaledDenominator);
      return this;
    }

    /** Sets a collected figure; a plain one for an indicator without components, and so on. */
    public Builder set(int indicator, int month, Figure figure) {
      if (figure instanceof Figure.Ratio ratio) {
        return setRatio(
            indicator, month, Scaled.of(ratio.numerator()), Scaled.of(ratio.denominator()));
      }
      return setPlain(indicator, month, Scaled.of(((Figure.Plain) figure).value()));
    }

    /** Marks a month as having no figure again. */
    public Builder setMissing(int indicator, int month) {
      values[cell(indicator, month)] = MISSING;
      return this;
    }

    /**
     * The columns. The builder cannot be used afterwards.
     *
     * @throws IllegalStateException if called twice
     */
    public MonthlyColumns build() {
      if (values == null) {
        throw new IllegalStateException("The columns have been built already");
      }
      MonthlyColumns columns = new MonthlyColumns(this);
      values = null;
      denominators = null;
      return columns;
    }

    private int cell(int indicator, int month) {
      Objects.checkIndex(indicator, measures.count());
      Objects.checkIndex(month, months);
      return indicator * months + month;
    }

    private void requireComponents(int indicator, boolean components) {
      Objects.checkIndex(indicator, measures.count());
      if (measures.hasComponents(indicator) != components) {
        throw new IllegalArgumentException(
            "Indicator "
                + indicator
                + (components
                    ? " is collected without components: give it a plain figure"
                    : " is collected as a numerator and a denominator: give it both"));
      }
    }
  }
}
