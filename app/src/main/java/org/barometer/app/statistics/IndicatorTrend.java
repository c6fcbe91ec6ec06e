package org.barometer.app.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.barometer.app.chart.TrendChart;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Period;
import org.barometer.core.status.Rag;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.TargetForPeriod;
import org.barometer.core.target.TargetHistory;
import org.barometer.core.target.TargetVersion;

/**
 * The trend chart's data for an indicator's financial year: each period's reported figure and its
 * status as computed, the target of every period of the year (so a monthly profile shows as it
 * runs), missing periods as gaps, and the year-end forecast.
 */
final class IndicatorTrend {

  private IndicatorTrend() {}

  /**
   * The year of the report month, judged period by period as the indicator page judges the month.
   *
   * @param assessment the indicator's assessment for the report month, whose forecast is drawn
   */
  static TrendChart.Data of(
      String title,
      Measure measure,
      Series series,
      TargetHistory targets,
      boolean contextual,
      Tolerance tolerance,
      YearMonth month,
      Assessment assessment) {
    FinancialYear year = FinancialYear.containing(month);
    List<Period> periods = new ArrayList<>();
    for (Period p = measure.frequency().periodContaining(year.lastMonth());
        p.financialYear().equals(year);
        p = p.previous()) {
      periods.add(p);
    }
    Collections.reverse(periods);
    List<TrendChart.Point> points = new ArrayList<>();
    for (Period period : periods) {
      TrendChart.Target target =
          contextual ? TrendChart.Target.none() : target(measure, targets, period);
      BigDecimal value = null;
      TrendChart.Status status = TrendChart.Status.NONE;
      if (period.endsBy(month)) {
        Assessment then =
            Assessment.of(
                measure,
                series,
                targets,
                contextual,
                tolerance,
                period.lastMonth(),
                Optional.empty());
        if (then.figure().isPresent()
            && then.figure().get().period().equals(period)
            && then.figure().get().value().isPresent()) {
          value = decimal(then.figure().get().value().get());
          status = then.status().rag().map(IndicatorTrend::status).orElse(TrendChart.Status.NONE);
        }
      }
      points.add(new TrendChart.Point(period.label(), value, status, target));
    }
    TrendChart.Forecast forecast =
        assessment
            .forecast()
            .value()
            .filter(v -> assessment.figure().isPresent())
            .filter(v -> !periods.get(periods.size() - 1).endsBy(month))
            .map(v -> new TrendChart.Forecast(periods.get(periods.size() - 1).label(), decimal(v)))
            .orElse(null);
    return new TrendChart.Data(title, points, forecast);
  }

  private static TrendChart.Target target(Measure measure, TargetHistory targets, Period period) {
    Optional<TargetVersion> version = targets.inForceFor(period.lastMonth());
    if (version.isEmpty()) {
      return TrendChart.Target.none();
    }
    TargetForPeriod target = TargetForPeriod.of(version.get().target(), measure, period);
    if (target instanceof TargetForPeriod.Point point) {
      return TrendChart.Target.of(decimal(point.value()));
    }
    if (target instanceof TargetForPeriod.Band band) {
      return TrendChart.Target.band(decimal(band.low()), decimal(band.high()));
    }
    return TrendChart.Target.none();
  }

  private static TrendChart.Status status(Rag rag) {
    switch (rag) {
      case RED:
        return TrendChart.Status.RED;
      case AMBER:
        return TrendChart.Status.AMBER;
      default:
        return TrendChart.Status.GREEN;
    }
  }

  private static BigDecimal decimal(ExactValue value) {
    return IndicatorSeries.decimal(value);
  }
}
