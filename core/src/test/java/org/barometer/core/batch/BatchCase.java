package org.barometer.core.batch;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;

/** A test batch: indicators sharing the same months, and its columns for the batch path. */
record BatchCase(YearMonth firstMonth, int months, List<IndicatorCase> indicators) {

  FinancialYear firstYear() {
    return FinancialYear.containing(firstMonth);
  }

  int years() {
    return FinancialYear.containing(firstMonth.plusMonths(months - 1L)).startYear()
        - firstYear().startYear()
        + 1;
  }

  BatchResults evaluate() {
    MeasureColumns.Builder measures = MeasureColumns.builder(indicators.size());
    for (int i = 0; i < indicators.size(); i++) {
      measures.set(i, indicators.get(i).measure(), indicators.get(i).tolerance());
    }
    MonthlyColumns.Builder figures = MonthlyColumns.builder(measures.build(), firstMonth, months);
    TargetColumns.Builder targets = TargetColumns.builder(indicators.size(), firstYear(), years());
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorCase indicator = indicators.get(i);
      for (int month = 0; month < months; month++) {
        int at = i;
        int m = month;
        indicator.figures().get(month).ifPresent(figure -> figures.set(at, m, figure));
      }
      for (Map.Entry<FinancialYear, Target> target : indicator.targets().entrySet()) {
        targets.set(i, target.getKey(), target.getValue());
      }
    }
    return BatchEvaluation.evaluate(figures.build(), targets.build());
  }
}
