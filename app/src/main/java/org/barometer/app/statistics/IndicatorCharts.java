package org.barometer.app.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.barometer.app.chart.TrendChart;
import org.barometer.app.chart.XmrChart;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.target.StoredTarget;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Combination;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Period;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcProblem;
import org.barometer.core.statistics.SpcReading;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.TargetForPeriod;
import org.barometer.core.target.TargetHistory;
import org.springframework.stereotype.Service;

/**
 * An indicator's XmR analysis for a report month: its own figures up to the month, the
 * organisation's SPC settings with the indicator's recalculations and baseline, and the target of
 * the latest period when the figures can be read against it.
 */
@Service
public class IndicatorCharts {

  private final SpcPolicies policies;
  private final ChartDefinitions definitions;
  private final Measurements measurements;
  private final OrganisationSettings organisation;
  private final VersionedCache<Asked, Charts> drawn;

  IndicatorCharts(
      SpcPolicies policies,
      ChartDefinitions definitions,
      Measurements measurements,
      OrganisationSettings organisation,
      DataVersion version) {
    this.drawn = version.cache(1024);
    this.policies = policies;
    this.definitions = definitions;
    this.measurements = measurements;
    this.organisation = organisation;
  }

  /**
   * Both charts of an indicator's page for a report month.
   *
   * @param figures every stored figure of the indicator, oldest first
   * @param targets every target version of the indicator
   * @param assessment the indicator's assessment for the month
   */
  public Charts charts(
      IndicatorVersion indicator,
      List<StoredFigure> figures,
      List<StoredTarget> targets,
      Assessment assessment,
      YearMonth month) {
    return drawn.get(
        new Asked(indicator.indicatorId(), indicator.version(), month),
        asked -> draw(indicator, figures, targets, assessment, month));
  }

  private Charts draw(
      IndicatorVersion indicator,
      List<StoredFigure> figures,
      List<StoredTarget> targets,
      Assessment assessment,
      YearMonth month) {
    IndicatorDefinition definition = indicator.definition();
    Measure measure = definition.measure();
    Function<BigDecimal, String> format = value -> measure.show(ExactValue.of(value));
    IndicatorSpc spc = analyse(indicator, figures, assessment.target(), month);
    XmrChart xmr = null;
    if (spc.hasFigures()) {
      xmr =
          XmrChart.of("xmr", spc.result(), spc.labels(), format)
              .withTitle(definition.name() + ": XmR chart of each period's own figure")
              .withDescription(spc.reading().summary());
      if (cannotBeNegative(measure)) {
        xmr = xmr.withoutNegativeLowerLines();
      }
    }
    TrendChart.Data data =
        IndicatorTrend.of(
            definition.name() + ", " + FinancialYear.containing(month).label(),
            measure,
            Measurements.series(figures, measure.frequency(), true),
            new TargetHistory(targets.stream().map(StoredTarget::version).toList()),
            definition.contextual(),
            Tolerance.effective(definition.tolerance(), organisation.defaultTolerance()),
            month,
            assessment);
    TrendChart trend = TrendChart.of("trend", data, format);
    return new Charts(
        spc,
        xmr == null ? null : xmr.svg(),
        xmr == null ? null : ChartTableHtml.of(xmr.table(), "The numbers behind the XmR chart"),
        trend.svg(),
        ChartTableHtml.of(trend.table(), "The numbers behind the trend chart"));
  }

  /** An indicator's charts for a month: the same for everyone who may read the page. */
  private record Asked(long indicatorId, int version, YearMonth month) {}

  /**
   * The charts of an indicator's page, drawn once until its figures, targets, definition or the SPC
   * settings change on any node.
   *
   * @param spc the XmR analysis and its reading
   * @param xmrSvg the XmR chart, or null without approved figures
   * @param xmrTable the numbers behind it as HTML, or null without approved figures
   * @param trendSvg the trend chart of the report month's financial year
   * @param trendTable the numbers behind it as HTML
   */
  public record Charts(
      IndicatorSpc spc, String xmrSvg, String xmrTable, String trendSvg, String trendTable) {}

  /** The organisation's settings in force. */
  public SpcSettings settings() {
    return policies.inForce();
  }

  /** The last month of every period an indicator's chart shows today, oldest first. */
  public List<YearMonth> periods(IndicatorVersion indicator) {
    IndicatorSeries series =
        IndicatorSeries.of(
            indicator.definition().measure(),
            measurements.of(indicator.indicatorId()),
            YearMonth.from(java.time.LocalDate.MAX));
    return series.periods().stream().map(Period::lastMonth).toList();
  }

  /**
   * The analysis of an indicator's figures up to a month.
   *
   * @param figures every stored figure of the indicator; only approved ones are charted
   * @param target the target for the latest figure's period
   */
  public IndicatorSpc analyse(
      IndicatorVersion indicator,
      List<StoredFigure> figures,
      TargetForPeriod target,
      YearMonth upTo) {
    Measure measure = indicator.definition().measure();
    IndicatorSeries series = IndicatorSeries.of(measure, figures, upTo);
    ChartDefinition definition = definitions.current(indicator.indicatorId());
    List<String> notes = new ArrayList<>();
    if (!series.note().isEmpty()) {
      notes.add(series.note());
    }
    if (series.isEmpty()) {
      return new IndicatorSpc(series, definition, null, null, notes);
    }
    SpcSettings settings = withDefinition(settings(), definition, series, notes);
    SpcTarget spcTarget = target(measure, target, notes);
    SpcSeries spcSeries = SpcSeries.of(series.values());
    List<SpcProblem> problems = Spc.problems(spcSeries, spcTarget, settings);
    if (!problems.isEmpty()) {
      notes.add("The chart's baseline no longer fits its figures, so it is left out.");
      settings = settings.withBaselinePoints(null);
      if (!Spc.problems(spcSeries, spcTarget, settings).isEmpty()) {
        settings = settings.withRecalculateAt(List.of());
      }
    }
    SpcResult result =
        Spc.analyse(spcSeries, SpcPolarity.of(measure.polarity()), spcTarget, settings);
    SpcReading reading = SpcReading.of(result, value -> measure.show(ExactValue.of(value)));
    notes.addAll(reading.notes(series.periods().stream().map(Period::label).toList()));
    for (ChartDefinition.Recalculation recalculation : definition.recalculations()) {
      notes.add(
          "Why the limits are recalculated from "
              + ChangeChartDefinition.label(recalculation.starts())
              + ": "
              + recalculation.reason());
    }
    if (definition.baselinePoints() != null && settings.baselinePoints() != null) {
      notes.add(
          "Baseline of " + definition.baselinePoints() + " points: " + definition.baselineReason());
    }
    return new IndicatorSpc(series, definition, result, reading, notes);
  }

  /** Counts, percentages, rates, days and weeks are never below zero: no line is drawn there. */
  private static boolean cannotBeNegative(Measure measure) {
    switch (measure.unit()) {
      case COUNT:
      case PERCENTAGE:
      case RATE_PER_1000:
      case RATE_PER_10000:
      case RATE_PER_100000:
      case DAYS:
      case WEEKS:
        return true;
      default:
        return false;
    }
  }

  /** The organisation's settings with the indicator's recalculations and baseline. */
  private static SpcSettings withDefinition(
      SpcSettings settings,
      ChartDefinition definition,
      IndicatorSeries series,
      List<String> notes) {
    List<YearMonth> months = series.periods().stream().map(Period::lastMonth).toList();
    List<Integer> indices = new ArrayList<>();
    for (ChartDefinition.Recalculation recalculation : definition.recalculations()) {
      int index = months.indexOf(recalculation.starts());
      if (index > 0) {
        indices.add(index);
      }
    }
    return settings.withRecalculateAt(indices).withBaselinePoints(definition.baselinePoints());
  }

  /**
   * The target the figures can be read against: a period's own figures say nothing of a target for
   * a running total or a sum over a window, so those get no assurance icon.
   */
  private static SpcTarget target(Measure measure, TargetForPeriod target, List<String> notes) {
    boolean comparable =
        measure.aggregation() == AggregationKind.SNAPSHOT
            || measure.combination() != Combination.SUM;
    if (target instanceof TargetForPeriod.Point point) {
      if (!comparable) {
        notes.add(
            "No assurance icon: the target is for the "
                + measure.aggregation().label()
                + " figure, not for each period's own figure that the chart shows.");
        return SpcTarget.none();
      }
      return SpcTarget.of(IndicatorSeries.decimal(point.value()));
    }
    if (target instanceof TargetForPeriod.Band band) {
      return SpcTarget.range(
          IndicatorSeries.decimal(band.low()), IndicatorSeries.decimal(band.high()));
    }
    return SpcTarget.none();
  }

  /**
   * An indicator's analysis.
   *
   * @param series the values charted
   * @param definition the chart definition in force
   * @param result the analysis, or null without figures
   * @param reading its plain-English reading, or null without figures
   * @param notes remarks for the reader
   */
  public record IndicatorSpc(
      IndicatorSeries series,
      ChartDefinition definition,
      SpcResult result,
      SpcReading reading,
      List<String> notes) {

    public boolean hasFigures() {
      return result != null;
    }

    public List<String> labels() {
      return series.periods().stream().map(Period::label).toList();
    }

    public List<BigDecimal> values() {
      return series.values();
    }
  }
}
