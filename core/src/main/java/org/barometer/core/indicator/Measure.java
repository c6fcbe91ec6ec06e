package org.barometer.core.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Frequency;

/**
 * How one indicator is measured: everything the calculation core needs to know about it.
 *
 * @param unit the unit of its figures
 * @param decimals decimals shown; calculations keep full precision
 * @param polarity which way is better
 * @param aggregation how the reported figure is built from the collected ones
 * @param basis what one collected figure covers
 * @param frequency how often it is collected
 * @param components whether it is collected as a numerator and a denominator
 */
public record Measure(
    Unit unit,
    int decimals,
    Polarity polarity,
    AggregationKind aggregation,
    EntryBasis basis,
    Frequency frequency,
    boolean components) {

  private static final int MAX_DECIMALS = 6;

  public Measure {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(frequency, "frequency");
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS);
    }
    if (basis.yearToDate()
        && !aggregation.yearToDate()
        && aggregation != AggregationKind.SNAPSHOT) {
      throw new IllegalArgumentException(
          "A figure entered year to date cannot be combined over a "
              + aggregation.label()
              + ": enter it for its own period");
    }
    if (aggregation == AggregationKind.CUMULATIVE
        && basis == EntryBasis.PERIOD
        && !components
        && !unit.additive()) {
      throw new IllegalArgumentException(
          "A cumulative "
              + unit.label()
              + " cannot be summed month by month: collect its numerator and denominator,"
              + " or enter it as a year-to-date figure");
    }
    if (aggregation.windowMonths() > 1 && aggregation.windowMonths() < frequency.months()) {
      throw new IllegalArgumentException(
          "A " + aggregation.label() + " cannot be built from " + frequency + " figures");
    }
  }

  /** A measure with the usual defaults: monthly, entered for the period, no components. */
  public static Measure of(
      Unit unit, int decimals, Polarity polarity, AggregationKind aggregation) {
    return new Measure(
        unit, decimals, polarity, aggregation, EntryBasis.PERIOD, Frequency.MONTHLY, false);
  }

  /** A monthly measure without components, whose figures cover what {@code basis} says. */
  public static Measure of(
      Unit unit, int decimals, Polarity polarity, AggregationKind aggregation, EntryBasis basis) {
    return new Measure(unit, decimals, polarity, aggregation, basis, Frequency.MONTHLY, false);
  }

  /** A monthly measure collected as numerator and denominator for each period. */
  public static Measure ofComponents(
      Unit unit, int decimals, Polarity polarity, AggregationKind aggregation) {
    return new Measure(
        unit, decimals, polarity, aggregation, EntryBasis.PERIOD, Frequency.MONTHLY, true);
  }

  public Measure withBasis(EntryBasis newBasis) {
    return new Measure(unit, decimals, polarity, aggregation, newBasis, frequency, components);
  }

  public Measure withComponents() {
    return new Measure(unit, decimals, polarity, aggregation, basis, frequency, true);
  }

  /**
   * The measure shown with as many more decimals (up to two) as {@code exact} needs: a target of
   * 89.65% on an indicator shown to one decimal is written 89.65%, so that a sentence comparing a
   * figure with it adds up ("90.00% is 0.35 percentage points above the target of 89.65%").
   */
  public Measure showing(ExactValue exact) {
    int needed = exact.round(decimals + 2).stripTrailingZeros().scale();
    return needed <= decimals
        ? this
        : new Measure(unit, needed, polarity, aggregation, basis, frequency, components);
  }

  public Measure withFrequency(Frequency newFrequency) {
    return new Measure(unit, decimals, polarity, aggregation, basis, newFrequency, components);
  }

  /** How figures inside the reporting window are combined. */
  public Combination combination() {
    if (aggregation == AggregationKind.SNAPSHOT || basis.yearToDate()) {
      return Combination.AS_ENTERED;
    }
    if (components) {
      return Combination.RATIO_OF_SUMS;
    }
    if (unit.additive() && aggregation != AggregationKind.YEAR_TO_DATE_AVERAGE) {
      return Combination.SUM;
    }
    return Combination.MEAN;
  }

  /** Months covered by the reporting window; 0 for windows that start each April. */
  public int windowMonths() {
    return aggregation.yearToDate() ? 0 : Math.max(aggregation.windowMonths(), frequency.months());
  }

  /** Whether the reported figure grows through the year, as a running total does. */
  public boolean accumulates() {
    return (aggregation == AggregationKind.CUMULATIVE && combination() == Combination.SUM)
        || basis == EntryBasis.YEAR_TO_DATE_TOTAL;
  }

  /**
   * Whether a single annual target is profiled linearly (annual x M / 12): true for a cumulative
   * count, which otherwise could only meet its target in March.
   */
  public boolean profilesAnnualTargetLinearly() {
    return aggregation == AggregationKind.CUMULATIVE && combination() == Combination.SUM;
  }

  /** The value rounded half up at the display decimals. */
  public BigDecimal rounded(ExactValue value) {
    return value.round(decimals);
  }

  /** A value as shown: {@code 72.7%}, {@code 5,719}, {@code £1,250.00}. */
  public String show(ExactValue value) {
    String number = String.format(Locale.UK, "%,." + decimals + "f", rounded(value).abs());
    String sign = value.round(decimals).signum() < 0 ? "-" : "";
    return sign + (unit.isMoney() ? "£" : "") + number + unit.valueSuffix();
  }

  /** A difference as shown, always positive: {@code 3.1 percentage points}. */
  public String showDifference(ExactValue difference) {
    String number = String.format(Locale.UK, "%,." + decimals + "f", rounded(difference.abs()));
    return (unit.isMoney() ? "£" : "") + number + unit.differenceSuffix();
  }

  /** A difference as a bare number at the display decimals: {@code 7.6}. */
  public String showPlain(ExactValue value) {
    return String.format(Locale.UK, "%,." + decimals + "f", rounded(value));
  }
}
