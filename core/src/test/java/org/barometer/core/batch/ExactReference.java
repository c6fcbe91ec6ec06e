package org.barometer.core.batch;

import java.time.YearMonth;
import java.util.Optional;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.direction.Comparison;
import org.barometer.core.direction.Direction;
import org.barometer.core.direction.DirectionOfTravel;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.status.Status;
import org.barometer.core.status.StatusRule;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetForPeriod;

/** The exact path's answer for one indicator-month: what the batch path must agree with. */
record ExactReference(Status status, Direction direction) {

  static ExactReference of(IndicatorCase indicator, Series series, YearMonth month) {
    MonthPeriod period = new MonthPeriod(month);
    ReportedFigure figure = Aggregation.forPeriod(indicator.measure(), series, period);
    Optional<Target> target = indicator.targetFor(period.financialYear());
    TargetForPeriod forPeriod =
        target
            .map(t -> TargetForPeriod.of(t, indicator.measure(), period))
            .orElse(new TargetForPeriod.None());
    Status status =
        target.isEmpty()
            ? StatusRule.noTargetSet(period.financialYear())
            : StatusRule.rate(indicator.measure(), figure, forPeriod, indicator.tolerance());
    ReportedFigure earlier =
        Aggregation.forPeriod(indicator.measure(), series, period.sameLastYear());
    Direction direction =
        DirectionOfTravel.between(
                indicator.measure(), figure, earlier, Comparison.SAME_PERIOD_LAST_YEAR, forPeriod)
            .direction();
    return new ExactReference(status, direction);
  }
}
