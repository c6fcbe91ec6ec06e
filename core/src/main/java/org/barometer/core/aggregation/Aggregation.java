package org.barometer.core.aggregation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.core.indicator.Combination;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Period;

/** Builds the figure reported for a period from an indicator's collected figures. */
public final class Aggregation {

  private Aggregation() {}

  /**
   * The figure reported for a period, by the measure's aggregation kind.
   *
   * @param measure how the indicator is measured
   * @param series its collected figures
   * @param period a period of the measure's frequency
   */
  public static ReportedFigure forPeriod(Measure measure, Series series, Period period) {
    if (period.frequency() != measure.frequency()) {
      throw new IllegalArgumentException(period + " is not a " + measure.frequency() + " period");
    }
    List<Period> window = window(measure, period);
    List<Measurement> found = new ArrayList<>(window.size());
    for (Period each : window) {
      series.at(each).ifPresent(found::add);
    }
    Coverage coverage =
        new Coverage(
            window.get(0).firstMonth(),
            period.lastMonth(),
            measure.frequency(),
            found.size(),
            window.size());
    boolean provisional = found.stream().anyMatch(m -> !m.approved());
    int version = found.isEmpty() ? 1 : found.get(found.size() - 1).definitionVersion();
    if (found.isEmpty()) {
      return ReportedFigure.none(
          period, ReportedFigure.NoValue.NO_DATA, coverage, provisional, version);
    }
    if (mixesPlainWithComponents(measure, found)) {
      return ReportedFigure.none(
          period, ReportedFigure.NoValue.MIXED_FIGURES, coverage, provisional, version);
    }
    Optional<ExactValue> value =
        found.size() == 1 && found.get(0).figure() instanceof Figure.Plain plain
            ? Optional.of(ExactValue.of(plain.value()))
            : combine(measure, found);
    return value
        .map(v -> ReportedFigure.of(period, v, coverage, provisional, version))
        .orElseGet(
            () ->
                ReportedFigure.none(
                    period,
                    ReportedFigure.NoValue.ZERO_DENOMINATOR,
                    coverage,
                    provisional,
                    version));
  }

  /**
   * The latest reported figure up to a report month: the latest period of the measure's frequency
   * that ends by that month and has a figure. It keeps its own period, so a figure that lags the
   * report month can say so.
   */
  public static Optional<ReportedFigure> latest(
      Measure measure, Series series, YearMonth reportMonth) {
    Period last = measure.frequency().latestEndedBy(reportMonth);
    return series.latestUpTo(last).map(period -> forPeriod(measure, series, period));
  }

  /** The periods inside the window that ends with {@code period}, oldest first. */
  static List<Period> window(Measure measure, Period period) {
    if (measure.combination() == Combination.AS_ENTERED) {
      return List.of(period);
    }
    YearMonth start =
        measure.windowMonths() == 0
            ? FinancialYear.containing(period.lastMonth()).firstMonth()
            : period.lastMonth().minusMonths(measure.windowMonths() - 1L);
    List<Period> periods = new ArrayList<>();
    for (Period each = period; !each.firstMonth().isBefore(start); each = each.previous()) {
      periods.add(0, each);
    }
    return periods;
  }

  /**
   * A figure printed in a report is entered as a plain value, even for an indicator collected with
   * components; alone in its window it is reported as entered, but it cannot be combined with
   * numerators and denominators.
   */
  private static boolean mixesPlainWithComponents(Measure measure, List<Measurement> found) {
    return measure.combination() == Combination.RATIO_OF_SUMS
        && found.size() > 1
        && found.stream().anyMatch(m -> m.figure() instanceof Figure.Plain);
  }

  private static Optional<ExactValue> combine(Measure measure, List<Measurement> found) {
    BigDecimal multiplier = measure.unit().multiplier();
    return switch (measure.combination()) {
      case AS_ENTERED -> found.get(0).figure().value(multiplier);
      case SUM -> sumOfValues(found, multiplier);
      case MEAN -> sumOfValues(found, multiplier).map(sum -> sum.divide(found.size()));
      case RATIO_OF_SUMS -> ratioOfSums(found, multiplier);
    };
  }

  private static Optional<ExactValue> sumOfValues(List<Measurement> found, BigDecimal multiplier) {
    ExactValue sum = ExactValue.ZERO;
    for (Measurement measurement : found) {
      Optional<ExactValue> value = measurement.figure().value(multiplier);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(value.get());
    }
    return Optional.of(sum);
  }

  private static Optional<ExactValue> ratioOfSums(List<Measurement> found, BigDecimal multiplier) {
    BigDecimal numerators = BigDecimal.ZERO;
    BigDecimal denominators = BigDecimal.ZERO;
    for (Measurement measurement : found) {
      // Plain figures never reach here: mixesPlainWithComponents and the single-figure case
      // deal with them first.
      Figure.Ratio ratio = (Figure.Ratio) measurement.figure();
      numerators = numerators.add(ratio.numerator());
      denominators = denominators.add(ratio.denominator());
    }
    if (denominators.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(ExactValue.fraction(numerators.multiply(multiplier), denominators));
  }
}
