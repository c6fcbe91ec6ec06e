package org.barometer.core.batch;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.barometer.core.aggregation.Coverage;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.aggregation.ReportedFigure.NoValue;
import org.barometer.core.direction.Comparison;
import org.barometer.core.direction.DirectionOfTravel;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.status.StatusRule;
import org.barometer.core.target.TargetForPeriod;

/**
 * The exact path, for the rare indicator-month whose figures outgrow exact long arithmetic: it
 * rebuilds the reported figures and the target from the columns and asks the core's own rules, so
 * the batch gives the same answer whatever the size of the figures.
 */
final class ExactPath {

  private final MeasureColumns measures;
  private final TargetColumns targets;

  ExactPath(MeasureColumns measures, TargetColumns targets) {
    this.measures = measures;
    this.targets = targets;
  }

  byte status(int indicator, int slot, ReportedFigure current) {
    if (targets.kind(slot) == TargetColumns.NOT_SET) {
      return BatchStatus.NO_TARGET_SET.code();
    }
    Measure measure = measures.measure(indicator);
    TargetForPeriod target = targetFor(measure, slot, current);
    return BatchStatus.of(StatusRule.rate(measure, current, target, measures.tolerance(indicator)))
        .code();
  }

  byte direction(int indicator, int slot, ReportedFigure current, ReportedFigure earlier) {
    Measure measure = measures.measure(indicator);
    TargetForPeriod target = targetFor(measure, slot, current);
    return (byte)
        DirectionOfTravel.between(
                measure, current, earlier, Comparison.SAME_PERIOD_LAST_YEAR, target)
            .direction()
            .ordinal();
  }

  /**
   * A cumulative figure as the core's aggregation reports it.
   *
   * @param sum the summed figures (scaled), or the summed numerators
   * @param denominators the summed denominators (scaled), for an indicator with components
   */
  ReportedFigure figure(
      int indicator, YearMonth month, byte state, long sum, long denominators, int covered) {
    MonthPeriod period = new MonthPeriod(month);
    int monthNumber = FinancialYear.monthNumber(month);
    Coverage coverage =
        new Coverage(
            month.minusMonths(monthNumber - 1L),
            month,
            Frequency.MONTHLY,
            state == RunningTotal.NO_DATA ? 0 : covered,
            monthNumber);
    if (state != RunningTotal.VALUE) {
      NoValue reason = state == RunningTotal.NO_DATA ? NoValue.NO_DATA : NoValue.ZERO_DENOMINATOR;
      return new ReportedFigure(period, Optional.empty(), Optional.of(reason), coverage, false, 1);
    }
    ExactValue value =
        measures.hasComponents(indicator)
            ? ExactValue.fraction(
                BigDecimal.valueOf(sum).multiply(measures.measure(indicator).unit().multiplier()),
                BigDecimal.valueOf(denominators))
            : ExactValue.of(Scaled.toDecimal(sum));
    return new ReportedFigure(period, Optional.of(value), Optional.empty(), coverage, false, 1);
  }

  /** The target of the period; a year with no target set has none to measure closeness against. */
  private TargetForPeriod targetFor(Measure measure, int slot, ReportedFigure current) {
    if (targets.kind(slot) == TargetColumns.NOT_SET) {
      return new TargetForPeriod.None();
    }
    return TargetForPeriod.of(targets.target(slot), measure, current.period());
  }
}
