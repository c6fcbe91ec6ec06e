package org.barometer.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.chart.TrendChart.Status.AMBER;
import static org.barometer.app.chart.TrendChart.Status.GREEN;
import static org.barometer.app.chart.TrendChart.Status.RED;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import org.junit.jupiter.api.Test;

/**
 * Writes example charts to {@code app/target/chart-examples}, each as an SVG file and all on one
 * HTML page, to be looked at (docs/charts.md says how to render them as PNG).
 */
class ChartExamplesTest {

  private static final Path FOLDER = Path.of("target", "chart-examples");

  @Test
  void writesExampleCharts() throws IOException {
    Map<String, String> charts = new LinkedHashMap<>();
    charts.put("xmr-improvement", improvement());
    charts.put("xmr-recalculated", recalculated());
    charts.put("xmr-too-few", tooFew());
    charts.put("xmr-range", range());
    charts.put("xmr-long", longSeries());
    charts.put("trend-profile", profile());
    charts.put("trend-band", band());
    charts.put(
        "sparkline",
        Sparkline.of(Charts.months(21), Charts.steadyThenHigh(), Charts.ONE_DECIMAL).svg());
    charts.put("sparklines", sparklines());

    Files.createDirectories(FOLDER);
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body>");
    for (Map.Entry<String, String> chart : charts.entrySet()) {
      String file = chart.getKey() + (chart.getValue().startsWith("<svg") ? ".svg" : ".html");
      Files.writeString(FOLDER.resolve(file), chart.getValue());
      page.append("<h2>").append(chart.getKey()).append("</h2>").append(chart.getValue());
    }
    Files.writeString(
        FOLDER.resolve("index.html"), page.append("</body></html>"), StandardCharsets.UTF_8);

    assertThat(FOLDER.resolve("index.html")).exists();
  }

  private static String improvement() {
    return XmrChart.of(
            "improvement",
            Charts.analyse(
                Charts.steadyThenHigh(),
                SpcPolarity.HIGHER_IS_BETTER,
                SpcTarget.of(new BigDecimal("24")),
                SpcSettings.mdc()),
            Charts.months(21),
            v -> Charts.ONE_DECIMAL.apply(v) + "%")
        .withTitle("Percentage of household waste recycled: XmR chart")
        .svg();
  }

  private static String recalculated() {
    List<BigDecimal> values =
        Charts.values(
            "120", "131", "118", "125", "140", "122", "128", "119", "133", "127", "121", "138",
            "126", "124", null, "98", "92", "101", "95", "88", "97", "93", "90", "99", "94", "91",
            "89", "86", "84", "83");
    return XmrChart.of(
            "recalculated",
            Charts.analyse(
                values,
                SpcPolarity.LOWER_IS_BETTER,
                SpcTarget.of(new BigDecimal("100")),
                SpcSettings.mdc().withRecalculateAt(List.of(15))),
            Charts.months(values.size()),
            Charts.ONE_DECIMAL)
        .withTitle("Days to process a housing benefit claim: XmR chart")
        .svg();
  }

  private static String tooFew() {
    return XmrChart.of(
            "too-few",
            Charts.analyse(
                Charts.values("1250", "1310", "1190", "1405", "1280", "1330", "1275", "1350"),
                SpcPolarity.HIGHER_IS_BETTER,
                SpcTarget.of(new BigDecimal("1300")),
                SpcSettings.mdc()),
            Charts.months(8),
            v -> String.format("%,d", v.setScale(0, java.math.RoundingMode.HALF_UP).longValue()))
        .svg();
  }

  /** A cumulative count against a monthly profile, July missing, with a year-end forecast. */
  private static String profile() {
    List<TrendChart.Point> points = new ArrayList<>();
    List<String> months = Charts.months(12);
    String[] values = {"95", "180", "290", null, "470", "540", "610", "735"};
    TrendChart.Status[] statuses = {GREEN, AMBER, GREEN, null, GREEN, AMBER, RED, AMBER};
    for (int i = 0; i < 12; i++) {
      BigDecimal value = i < values.length && values[i] != null ? new BigDecimal(values[i]) : null;
      TrendChart.Status status =
          i < statuses.length && statuses[i] != null ? statuses[i] : TrendChart.Status.NONE;
      points.add(
          new TrendChart.Point(
              months.get(i),
              value,
              status,
              TrendChart.Target.of(BigDecimal.valueOf(100L * (i + 1)))));
    }
    TrendChart.Data data =
        new TrendChart.Data(
            "Affordable homes delivered, 2016/17, against the monthly profile",
            points,
            new TrendChart.Forecast("Mar 2017", new BigDecimal("1100")));
    return TrendChart.of("profile", data, v -> String.format("%,d", v.longValue())).svg();
  }

  /** A percentage against a target band, the forecast at a period after the last point. */
  private static String band() {
    List<TrendChart.Point> points = new ArrayList<>();
    List<String> months = Charts.months(9);
    String[] values = {"4.1", "4.6", "5.3", "4.9", "3.2", "3.9", null, "4.4", "4.8"};
    for (int i = 0; i < values.length; i++) {
      BigDecimal value = values[i] == null ? null : new BigDecimal(values[i]);
      TrendChart.Status status =
          value == null
              ? TrendChart.Status.NONE
              : value.compareTo(new BigDecimal("5")) > 0
                      || value.compareTo(new BigDecimal("3.5")) < 0
                  ? RED
                  : GREEN;
      points.add(
          new TrendChart.Point(
              months.get(i),
              value,
              status,
              TrendChart.Target.band(new BigDecimal("3.5"), new BigDecimal("5"))));
    }
    TrendChart.Data data =
        new TrendChart.Data(
            "Sickness absence, days per employee <rolling>",
            points,
            new TrendChart.Forecast("Mar 2017", new BigDecimal("4.5")));
    return TrendChart.of("band", data, Charts.ONE_DECIMAL).svg();
  }

  private static String sparklines() {
    List<String> months = Charts.months(21);
    StringBuilder table = new StringBuilder("<table>");
    table.append("<tr><td>Recycling</td><td>");
    table.append(Sparkline.of(months, Charts.steadyThenHigh(), Charts.ONE_DECIMAL).last(12).svg());
    table.append("</td></tr><tr><td>With gaps</td><td>");
    List<BigDecimal> gappy = Charts.steadyThenHigh();
    gappy.set(15, null);
    gappy.set(17, null);
    gappy.set(18, null);
    table.append(Sparkline.of(months, gappy, Charts.ONE_DECIMAL).last(12).svg());
    return table.append("</td></tr></table>").toString();
  }

  /** Five years of a count under the ptd profile, with a step down after three years. */
  private static String longSeries() {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long wobble = (i * 37L) % 11 - 5;
      values.add(BigDecimal.valueOf((i < 36 ? 1250 : 1150) + 12 * wobble));
    }
    return XmrChart.of(
            "long",
            Charts.analyse(
                values,
                SpcPolarity.LOWER_IS_BETTER,
                SpcTarget.of(new BigDecimal("1200")),
                SpcSettings.of(SpcProfile.PTD)),
            Charts.months(values.size()),
            v -> String.format("%,d", v.setScale(0, java.math.RoundingMode.HALF_UP).longValue()))
        .svg();
  }

  private static String range() {
    List<BigDecimal> values =
        Charts.values(
            "4.1", "4.4", "3.9", "4.2", "4.0", "4.6", "4.3", "3.8", "4.1", "4.5", "4.2", "4.0",
            "3.9", "4.4", "5.9", "4.2");
    return XmrChart.of(
            "range",
            Charts.analyse(
                values,
                SpcPolarity.NEITHER,
                SpcTarget.range(new BigDecimal("3.5"), new BigDecimal("5")),
                SpcSettings.mdc()),
            Charts.months(values.size()),
            Charts.ONE_DECIMAL)
        .svg();
  }
}
