package org.barometer.app.publication;

import java.math.BigDecimal;
import java.util.List;
import org.barometer.app.chart.TrendChart;
import org.barometer.app.chart.XmrChart;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.barometer.app.report.Edition;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.statistics.ChartTableHtml;
import org.barometer.app.statistics.SpcPolicies;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcReading;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import org.springframework.stereotype.Component;

/**
 * A published indicator's charts, drawn from its published history only: a trend chart of every
 * published figure, and an XmR chart with the organisation's SPC settings. Kept until the change
 * counter moves (the SPC settings may change; the history never does).
 */
@Component
class PublishedCharts {

  /**
   * An indicator's charts.
   *
   * @param trendSvg the trend chart
   * @param trendTable the numbers behind it, as HTML
   * @param xmrSvg the XmR chart, or null when the history cannot be charted
   * @param xmrTable the numbers behind it, or null
   * @param reading what the XmR chart says, or why there is none
   */
  record Charts(
      String trendSvg, String trendTable, String xmrSvg, String xmrTable, String reading) {

    public boolean hasXmr() {
      return xmrSvg != null;
    }
  }

  private record Key(long edition, String code) {}

  private final SpcPolicies policies;
  private final VersionedCache<Key, Charts> drawn;

  PublishedCharts(SpcPolicies policies, DataVersion version) {
    this.policies = policies;
    this.drawn = version.cache(512);
  }

  /** The charts of an indicator of an edition; null when it has no published figures. */
  Charts of(Edition edition, ReportIndicator indicator) {
    if (indicator.history().isEmpty()) {
      return null;
    }
    return drawn.get(
        new Key(edition.id(), indicator.code()),
        k ->
            draw(
                indicator,
                indicator.chart() != null ? indicator.chart().settings() : policies.inForce()));
  }

  /** Both charts of an indicator's published history, with the SPC settings given. */
  static Charts draw(ReportIndicator indicator, SpcSettings settings) {
    List<ReportIndicator.HistoryPoint> history = indicator.history();
    ShownFormat format = ShownFormat.of(indicator.decimals(), history.get(0).shown());
    List<String> labels = history.stream().map(ReportIndicator.HistoryPoint::period).toList();
    List<BigDecimal> values = history.stream().map(ReportIndicator.HistoryPoint::value).toList();

    List<TrendChart.Point> points = new java.util.ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      boolean last = i == history.size() - 1;
      points.add(
          new TrendChart.Point(
              labels.get(i),
              values.get(i),
              last ? status(indicator.status()) : TrendChart.Status.NONE,
              last && indicator.targetValue() != null
                  ? TrendChart.Target.of(indicator.targetValue())
                  : TrendChart.Target.none()));
    }
    TrendChart trend =
        TrendChart.of(
            "trend",
            new TrendChart.Data(indicator.name() + ": published figures", points, null),
            format);

    SpcSeries series = SpcSeries.of(values);
    SpcTarget target =
        !indicator.assuranceLabel().isEmpty() && indicator.targetValue() != null
            ? SpcTarget.of(indicator.targetValue())
            : SpcTarget.none();
    if (!Spc.problems(series, target, settings).isEmpty()) {
      target = SpcTarget.none();
    }
    if (!Spc.problems(series, target, settings).isEmpty()) {
      settings = settings.withBaselinePoints(null).withFixAfterNPoints(null);
    }
    if (!Spc.problems(series, target, settings).isEmpty()) {
      return new Charts(
          trend.svg(),
          ChartTableHtml.of(trend.table(), "The numbers behind the trend chart"),
          null,
          null,
          "The organisation's chart settings cannot be used on so few published figures,"
              + " so there is no XmR chart.");
    }
    SpcResult result = Spc.analyse(series, polarity(indicator.polarity()), target, settings);
    SpcReading reading = SpcReading.of(result, format);
    XmrChart xmr =
        XmrChart.of("xmr", result, labels, format)
            .withTitle(indicator.name() + ": XmR chart of the published figures")
            .withDescription(reading.summary());
    return new Charts(
        trend.svg(),
        ChartTableHtml.of(trend.table(), "The numbers behind the trend chart"),
        xmr.svg(),
        ChartTableHtml.of(xmr.table(), "The numbers behind the XmR chart"),
        reading.summary());
  }

  private static TrendChart.Status status(String status) {
    switch (status) {
      case "RED":
        return TrendChart.Status.RED;
      case "AMBER":
        return TrendChart.Status.AMBER;
      case "GREEN":
        return TrendChart.Status.GREEN;
      default:
        return TrendChart.Status.NONE;
    }
  }

  /** The polarity from its published words ("Aim to maximise"); neither when not known. */
  static SpcPolarity polarity(String words) {
    for (Polarity polarity : Polarity.values()) {
      if (polarity.label().equals(words)) {
        return SpcPolarity.of(polarity);
      }
    }
    return SpcPolarity.NEITHER;
  }
}
