package org.barometer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.batch.Scaled;
import org.barometer.core.direction.Comparison;
import org.barometer.core.direction.DirectionOfTravel;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.status.Status;
import org.barometer.core.status.StatusRule;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetForPeriod;

/** One organisation of the synthetic catalogue as the exact path holds it: objects, not columns. */
final class ExactOrganisation {

  /** One indicator: its measure, tolerance, figures and the target set for each year. */
  record Indicator(
      Measure measure, Tolerance tolerance, Series series, Map<FinancialYear, Target> targets) {}

  /** What the exact path says of one indicator-month. */
  record Outcome(Status status, DirectionOfTravel direction) {}

  private ExactOrganisation() {}

  /**
   * Status and direction of travel of one indicator-month, as the application asks for one figure:
   * a year with no target set has no status, and no range for a Goldilocks direction.
   */
  static Outcome evaluate(Indicator indicator, MonthPeriod period) {
    Measure measure = indicator.measure();
    ReportedFigure figure = Aggregation.forPeriod(measure, indicator.series(), period);
    Target target = indicator.targets().get(period.financialYear());
    TargetForPeriod forPeriod =
        target == null ? new TargetForPeriod.None() : TargetForPeriod.of(target, measure, period);
    Status status =
        target == null
            ? StatusRule.noTargetSet(period.financialYear())
            : StatusRule.rate(measure, figure, forPeriod, indicator.tolerance());
    Comparison comparison = Comparison.SAME_PERIOD_LAST_YEAR;
    ReportedFigure earlier =
        Aggregation.forPeriod(measure, indicator.series(), comparison.earlierThan(period));
    return new Outcome(
        status, DirectionOfTravel.between(measure, figure, earlier, comparison, forPeriod));
  }

  static List<Indicator> of(SyntheticCatalogue catalogue, int organisation) {
    List<Indicator> indicators = new ArrayList<>(SyntheticCatalogue.INDICATORS);
    for (int indicator = 0; indicator < SyntheticCatalogue.INDICATORS; indicator++) {
      indicators.add(indicator(catalogue, organisation, indicator));
    }
    return indicators;
  }

  private static Indicator indicator(
      SyntheticCatalogue catalogue, int organisation, int indicator) {
    List<Measurement> measurements = new ArrayList<>();
    catalogue.figures(
        organisation,
        indicator,
        new SyntheticCatalogue.FigureSink() {
          @Override
          public void plain(int month, long scaled) {
            measurements.add(
                Measurement.of(period(month), new Figure.Plain(Scaled.toDecimal(scaled))));
          }

          @Override
          public void ratio(int month, long scaledNumerator, long scaledDenominator) {
            Figure figure =
                new Figure.Ratio(
                    Scaled.toDecimal(scaledNumerator), Scaled.toDecimal(scaledDenominator));
            measurements.add(Measurement.of(period(month), figure));
          }
        });
    Map<FinancialYear, Target> targets = new HashMap<>();
    for (int year = 0; year < SyntheticCatalogue.YEARS; year++) {
      Target target = catalogue.target(organisation, indicator, year);
      if (target != null) {
        targets.put(new FinancialYear(SyntheticCatalogue.FIRST_YEAR.startYear() + year), target);
      }
    }
    return new Indicator(
        catalogue.measure(indicator),
        catalogue.tolerance(organisation, indicator),
        Series.of(Frequency.MONTHLY, measurements),
        targets);
  }

  static MonthPeriod period(int month) {
    return new MonthPeriod(SyntheticCatalogue.FIRST_MONTH.plusMonths(month));
  }
}
