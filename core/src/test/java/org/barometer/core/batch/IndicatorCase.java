package org.barometer.core.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.Target;

/**
 * One indicator of a test batch: its measure and tolerance, a figure or none for each month, and a
 * target or none for each financial year.
 */
record IndicatorCase(
    Measure measure,
    Tolerance tolerance,
    List<Optional<Figure>> figures,
    Map<FinancialYear, Target> targets) {

  /** The figures as the exact path holds them, from {@code firstMonth}. */
  Series series(java.time.YearMonth firstMonth) {
    List<Measurement> measurements = new ArrayList<>();
    for (int month = 0; month < figures.size(); month++) {
      MonthPeriod period = new MonthPeriod(firstMonth.plusMonths(month));
      figures.get(month).ifPresent(figure -> measurements.add(Measurement.of(period, figure)));
    }
    return Series.of(Frequency.MONTHLY, measurements);
  }

  Optional<Target> targetFor(FinancialYear year) {
    return Optional.ofNullable(targets.get(year));
  }
}
