package org.barometer.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.chart.Charts.find;
import static org.barometer.app.chart.Charts.parse;
import static org.barometer.app.chart.Charts.points;
import static org.barometer.app.chart.Charts.withClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.barometer.app.chart.TrendChart.Data;
import org.barometer.app.chart.TrendChart.Forecast;
import org.barometer.app.chart.TrendChart.Point;
import org.barometer.app.chart.TrendChart.Status;
import org.barometer.app.chart.TrendChart.Target;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TrendChartTest {

  private static final String[] VALUES = {"70", "74", null, "81", "77"};
  private static final Status[] STATUSES = {
    Status.RED, Status.AMBER, Status.NONE, Status.GREEN, Status.AMBER
  };

  /** Five months against a rising profile, the third missing, then a forecast for March. */
  private static Data data(Forecast forecast) {
    List<Point> points = new ArrayList<>();
    List<String> months = Charts.months(VALUES.length);
    for (int i = 0; i < VALUES.length; i++) {
      points.add(
          new Point(
              months.get(i),
              VALUES[i] == null ? null : new BigDecimal(VALUES[i]),
              STATUSES[i],
              Target.of(BigDecimal.valueOf(75 + i))));
    }
    return new Data("Calls answered in a minute", points, forecast);
  }

  private static final Forecast MARCH = new Forecast("Mar 2017", new BigDecimal("82"));

  private static Document chart(Data data) {
    return parse(TrendChart.of("trend", data, Charts.EXACT).svg());
  }

  @Test
  void drawsAMarkerForEachFigureAndNoneForAGap() {
    List<Element> markers = points(chart(data(null)));

    assertThat(markers).hasSize(4);
    assertThat(markers)
        .extracting(marker -> marker.getElementsByTagName("title").item(0).getTextContent())
        .containsExactly(
            "Apr 2016: 70, Red, target 75",
            "May 2016: 74, Amber, target 76",
            "Jul 2016: 81, Green, target 78",
            "Aug 2016: 77, Amber, target 79");
    assertThat(withClass(chart(data(null)), "values")).hasSize(2);
  }

  @Test
  void givesEachStatusAShapeAsWellAsAColour() {
    List<Element> markers = points(chart(data(null)));

    assertThat(markers)
        .extracting(
            marker -> marker.getAttribute("class") + ", " + marker.getAttribute("data-shape"))
        .containsExactly(
            "point status-red, square",
            "point status-amber, triangle-up",
            "point status-green, circle",
            "point status-amber, triangle-up");
    Element amber = (Element) markers.get(1).getElementsByTagName("polygon").item(0);
    assertThat(amber.getAttribute("fill")).isEqualTo("#f47738");
    assertThat(amber.getAttribute("stroke")).isEqualTo(Palette.TEXT);
  }

  @Test
  void drawsAVaryingTargetThroughEachPeriodsTarget() {
    Document chart = chart(data(null));

    List<Element> targets = withClass(chart, "target");

    assertThat(targets).hasSize(1);
    String[] points = targets.get(0).getAttribute("points").split(" ");
    assertThat(points).hasSize(VALUES.length + 2);
    assertThat(y(points[1])).isGreaterThan(y(points[5]));
  }

  @Test
  void drawsATargetBandAsAnAreaBetweenTwoLines() {
    List<Point> points = new ArrayList<>();
    for (String month : Charts.months(3)) {
      points.add(
          new Point(
              month,
              new BigDecimal("4"),
              Status.GREEN,
              Target.band(BigDecimal.ONE, BigDecimal.TEN)));
    }

    Document chart = chart(new Data("Absence", points, null));

    assertThat(withClass(chart, "target-band")).hasSize(1);
    assertThat(withClass(chart, "target")).hasSize(2);
    assertThat(TrendChart.of("t", new Data("Absence", points, null), Charts.EXACT).table().rows())
        .allSatisfy(row -> assertThat(row.get(3)).isEqualTo("1 to 10"));
  }

  @Test
  void drawsTheForecastDashedFromTheLatestFigureInAPeriodOfItsOwn() {
    Document chart = chart(data(MARCH));

    Element line = withClass(chart, "forecast-line").get(0);
    List<Element> values = withClass(chart, "values");

    assertThat(line.getAttribute("stroke-dasharray")).isNotEmpty();
    String[] ends = line.getAttribute("points").split(" ");
    String[] lastRun = values.get(values.size() - 1).getAttribute("points").split(" ");
    assertThat(ends).hasSize(2);
    assertThat(ends[0]).isEqualTo(lastRun[lastRun.length - 1]);
    assertThat(withClass(chart, "forecast-marker").get(0).getAttribute("data-shape"))
        .isEqualTo("diamond");
    assertThat(find(chart, "//*[local-name()='text'][.='forecast']")).isNotEmpty();
    assertThat(find(chart, "//*[local-name()='text'][.='Mar 2017']")).hasSize(1);
  }

  @Test
  void placesAForecastForAPeriodAlreadyCharted() {
    Data data = data(new Forecast("Aug 2016", new BigDecimal("80")));

    ChartTable table = TrendChart.of("trend", data, Charts.EXACT).table();

    assertThat(table.rows()).hasSize(VALUES.length);
    assertThat(table.rows().get(4)).containsExactly("Aug 2016", "77", "Amber", "79", "80");
  }

  @Test
  void tabulatesEachPeriodWithTheForecastInARowOfItsOwn() {
    ChartTable table = TrendChart.of("trend", data(MARCH), Charts.EXACT).table();

    assertThat(table.caption()).isEqualTo("Calls answered in a minute");
    assertThat(table.headers()).containsExactly("Period", "Value", "Status", "Target", "Forecast");
    assertThat(table.rows())
        .containsExactly(
            List.of("Apr 2016", "70", "Red", "75", ""),
            List.of("May 2016", "74", "Amber", "76", ""),
            List.of("Jun 2016", "No figure", "", "77", ""),
            List.of("Jul 2016", "81", "Green", "78", ""),
            List.of("Aug 2016", "77", "Amber", "79", ""),
            List.of("Mar 2017", "No figure", "", "", "82"));
  }

  @Test
  void namesTheChartAndDescribesTheLatestFigure() {
    String svg = TrendChart.of("calls", data(MARCH), Charts.EXACT).svg();

    Element root = parse(svg).getDocumentElement();

    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("calls-title calls-desc");
    assertThat(find(root.getOwnerDocument(), "//*[@id='calls-title']").get(0).getTextContent())
        .isEqualTo("Calls answered in a minute");
    assertThat(find(root.getOwnerDocument(), "//*[@id='calls-desc']").get(0).getTextContent())
        .isEqualTo(
            "Latest figure 77 in Aug 2016, amber, against a target of 79. Forecast for Mar 2017:"
                + " 82. Lowest 70 in Apr 2016, highest 81 in Jul 2016. No figure for Jun 2016.");
  }

  @Test
  void escapesTheTitleAndLabels() {
    List<Point> points = List.of(Point.of("<script>&", BigDecimal.ONE), Point.of("b", null));

    String svg = TrendChart.of("t", new Data("x < y & z", points, null), Charts.EXACT).svg();

    Document chart = parse(svg);
    assertThat(svg).doesNotContain("<script>");
    assertThat(find(chart, "//*[local-name()='text'][.='<script>&']")).hasSize(1);
    assertThat(find(chart, "//*[@id='t-title']").get(0).getTextContent()).isEqualTo("x < y & z");
  }

  @Test
  void drawsAChartWithNoFiguresYet() {
    List<Point> points = List.of(Point.of("Apr 2016", null), Point.of("May 2016", null));

    TrendChart chart = TrendChart.of("t", new Data("Nothing yet", points, null), Charts.EXACT);

    assertThat(points(parse(chart.svg()))).isEmpty();
    assertThat(chart.description()).isEqualTo("No figures yet.");
  }

  private static double y(String point) {
    return Double.parseDouble(point.split(",")[1]);
  }
}
