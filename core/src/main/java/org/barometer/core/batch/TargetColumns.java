package org.barometer.core.batch;

import java.math.BigDecimal;
import java.util.Objects;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;

/**
 * The target in force for each indicator and financial year of a batch, as primitive columns. A
 * year with no target set rates as "no target set" ({@link BatchStatus#NO_TARGET_SET}).
 *
 * <p>Values are held as reduced fractions over a divisor of 10^4, so a target of 80% is {@code 80 /
 * 1} and the cross-multiplications of the rating stay small. Single values, monthly increments,
 * ranges, "to be confirmed" and "no target" are carried; a custom monthly profile, whose months
 * need not be decimals, goes through the exact path.
 */
public final class TargetColumns {

  static final byte NOT_SET = 0;
  static final byte NONE = 1;
  static final byte TBC = 2;
  static final byte SINGLE = 3;
  static final byte INCREMENT = 4;
  static final byte RANGE = 5;

  private final int indicators;
  private final FinancialYear firstYear;
  private final int years;
  private final byte[] kind;
  private final long[] first;
  private final long[] second;
  private final long[] denominator;

  private TargetColumns(Builder builder) {
    this.indicators = builder.indicators;
    this.firstYear = builder.firstYear;
    this.years = builder.years;
    this.kind = builder.kind;
    this.first = builder.first;
    this.second = builder.second;
    this.denominator = builder.denominator;
  }

  /** Columns for {@code indicators} indicators over {@code years} years from {@code firstYear}. */
  public static Builder builder(int indicators, FinancialYear firstYear, int years) {
    return new Builder(indicators, firstYear, years);
  }

  public int indicators() {
    return indicators;
  }

  public FinancialYear firstYear() {
    return firstYear;
  }

  public int years() {
    return years;
  }

  /** The slot of an indicator's target for a year, or -1 when the year is not covered. */
  int slot(int indicator, int startYear) {
    int year = startYear - firstYear.startYear();
    return year < 0 || year >= years ? -1 : indicator * years + year;
  }

  byte kind(int slot) {
    return slot < 0 ? NOT_SET : kind[slot];
  }

  /** The single value, the increment's start, or the range's low end. */
  long first(int slot) {
    return first[slot];
  }

  /** The increment per month, or the range's high end. */
  long second(int slot) {
    return second[slot];
  }

  long denominator(int slot) {
    return denominator[slot];
  }

  /** The target as the exact path knows it, for the rare indicator-month that goes there. */
  Target target(int slot) {
    return switch (kind(slot)) {
      case SINGLE -> new Target.SingleValue(decimal(first[slot], slot));
      case INCREMENT ->
          new Target.MonthlyIncrement(decimal(first[slot], slot), decimal(second[slot], slot));
      case RANGE -> new Target.Range(decimal(first[slot], slot), decimal(second[slot], slot));
      case TBC -> new Target.ToBeConfirmed("");
      default -> new Target.NoTarget();
    };
  }

  private BigDecimal decimal(long numerator, int slot) {
    return Scaled.toDecimal(numerator * (Scaled.ONE / denominator[slot]));
  }

  /** Fills the columns one indicator-year at a time; a year left unset has no target set. */
  public static final class Builder {
    private final int indicators;
    private final FinancialYear firstYear;
    private final int years;
    private final byte[] kind;
    private final long[] first;
    private final long[] second;
    private final long[] denominator;

    private Builder(int indicators, FinancialYear firstYear, int years) {
      if (indicators < 0 || years < 0) {
        throw new IllegalArgumentException("indicators and years cannot be negative");
      }
      this.indicators = indicators;
      this.firstYear = Objects.requireNonNull(firstYear, "firstYear");
      this.years = years;
      int slots = Math.multiplyExact(indicators, years);
      this.kind = new byte[slots];
      this.first = new long[slots];
      this.second = new long[slots];
      this.denominator = new long[slots];
    }

    /**
     * Sets an indicator's target for a year.
     *
     * @throws IllegalArgumentException for a monthly profile, a value with more than four decimals,
     *     or a year outside the columns
     */
    public Builder set(int indicator, FinancialYear year, Target target) {
      int slot = slotOf(indicator, year);
      if (target instanceof Target.SingleValue single) {
        put(slot, SINGLE, single.value(), BigDecimal.ZERO);
      } else if (target instanceof Target.MonthlyIncrement increment) {
        put(slot, INCREMENT, increment.start(), increment.perMonth());
      } else if (target instanceof Target.Range range) {
        put(slot, RANGE, range.low(), range.high());
      } else if (target instanceof Target.ToBeConfirmed) {
        kind[slot] = TBC;
      } else if (target instanceof Target.NoTarget) {
        kind[slot] = NONE;
      } else {
        throw new IllegalArgumentException(
            "A monthly profile goes through the exact path: its months need not be decimals");
      }
      return this;
    }

    public TargetColumns build() {
      return new TargetColumns(this);
    }

    private int slotOf(int indicator, FinancialYear year) {
      Objects.checkIndex(indicator, indicators);
      int index = year.startYear() - firstYear.startYear();
      if (index < 0 || index >= years) {
        throw new IllegalArgumentException(year + " is outside the columns");
      }
      return indicator * years + index;
    }

    private void put(int slot, byte targetKind, BigDecimal one, BigDecimal other) {
      long a = Scaled.of(one);
      long b = Scaled.of(other);
      long gcd = ExactLongs.gcd(ExactLongs.gcd(a, b), Scaled.ONE);
      kind[slot] = targetKind;
      first[slot] = a / gcd;
      second[slot] = b / gcd;
      denominator[slot] = Scaled.ONE / gcd;
    }
  }
}
