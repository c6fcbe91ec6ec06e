package org.barometer.app.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.barometer.core.indicator.Measure;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.target.TargetForPeriod;

/**
 * Checks each target printed beside a latest figure ({@code 5719 (against target of 5078) (Nov
 * 16)}) against the target read for that year: the year's target, profiled for the month, must
 * round to the printed one. A linear profile that does not is a sign that the year's target needs a
 * custom monthly profile.
 */
final class PeriodTargetCheck {

  private PeriodTargetCheck() {}

  static void check(IndicatorsFile.Read indicators, List<IndicatorTarget> targets) {
    for (Indicator indicator : indicators.indicators().values()) {
      Optional<BigDecimal> printed = indicator.latest().periodTarget();
      Optional<YearMonth> month = indicator.latest().period();
      if (printed.isPresent() && month.isPresent()) {
        CsvRow row = indicators.rows().get(indicator.number());
        check(row, indicator, month.get(), printed.get(), targets);
      }
    }
  }

  private static void check(
      CsvRow row,
      Indicator indicator,
      YearMonth month,
      BigDecimal printed,
      List<IndicatorTarget> targets) {
    FinancialYear year = FinancialYear.containing(month);
    Optional<TargetForPeriod> forMonth =
        targets.stream()
            .filter(t -> t.indicator() == indicator.number() && t.year().equals(year))
            .flatMap(t -> t.target().stream())
            .findFirst()
            .map(t -> TargetForPeriod.of(t, indicator.measure(), new MonthPeriod(month)));
    if (forMonth.isEmpty()) {
      row.error(
          "latest_period_target", "there is no " + year + " target in targets.csv to check it by");
    } else if (!(forMonth.get() instanceof TargetForPeriod.Point point)) {
      row.error(
          "latest_period_target", "the " + year + " target gives no single value for " + month);
    } else if (indicator.measure().rounded(point.value()).compareTo(printed) != 0) {
      row.error("latest_period_target", mismatch(indicator.measure(), month, point, printed));
    }
  }

  private static String mismatch(
      Measure measure, YearMonth month, TargetForPeriod.Point point, BigDecimal printed) {
    String how = point.profile().isEmpty() ? "" : " (" + point.profile() + ")";
    return "the "
        + FinancialYear.containing(month)
        + " target for "
        + month
        + " works out at "
        + measure.show(point.value())
        + how
        + ", not the printed "
        + printed.toPlainString()
        + ": give that year's target a monthly profile through the printed point";
  }
}
