package org.barometer.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.app.chart.Charts.find;
import static org.barometer.app.chart.Charts.parse;
import static org.barometer.app.chart.Charts.points;
import static org.barometer.app.chart.Charts.withClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.barometer.core.statistics.Segment;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmrChartTest {

  private static final SpcTarget TARGET = SpcTarget.of(new BigDecimal("24"));

  private static SpcResult improving() {
    return Charts.analyse(
        Charts.steadyThenHigh(), SpcPolarity.HIGHER_IS_BETTER, TARGET, SpcSettings.mdc());
  }

  private static Document chart(SpcResult result) {
    return parse(chartOf(result).svg());
  }

  private static XmrChart chartOf(SpcResult result) {
    return XmrChart.of("xmr", result, Charts.months(result.series().size()), Charts.ONE_DECIMAL);
  }

  @Test
  void drawsAMarkerForEachPresentValueAndNoneForAGap() {
    List<BigDecimal> values = Charts.steadyThenHigh();
    values.set(4, null);
    values.set(9, null);
    SpcResult result =
        Charts.analyse(values, SpcPolarity.HIGHER_IS_BETTER, TARGET, SpcSettings.mdc());

    List<Element> markers = points(chart(result));

    assertThat(markers).hasSize(values.size() - 2);
    assertThat(markers)
        .extracting(marker -> marker.getElementsByTagName("title").item(0).getTextContent())
        .noneMatch(title -> title.startsWith("Aug 2016"))
        .noneMatch(title -> title.startsWith("Jan 2017"))
        .anyMatch(title -> title.startsWith("Sept 2016: 23.0"));
  }

  @Test
  void breaksTheValuesLineAtAGap() {
    List<BigDecimal> values = Charts.steadyThenHigh();
    values.set(9, null);
    SpcResult result =
        Charts.analyse(values, SpcPolarity.HIGHER_IS_BETTER, TARGET, SpcSettings.mdc());

    List<Element> lines = withClass(chart(result), "values");

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).getAttribute("points").split(" ")).hasSize(9);
    assertThat(lines.get(1).getAttribute("points").split(" ")).hasSize(values.size() - 10);
  }

  @Test
  void drawsAnImprovementAsABlueSquareWithADarkOutline() {
    Document chart = chart(improving());

    Element last = points(chart).get(20);

    assertThat(last.getAttribute("class")).isEqualTo("point point-improvement");
    assertThat(last.getAttribute("data-shape")).isEqualTo("square");
    Element shape = (Element) last.getElementsByTagName("polygon").item(0);
    assertThat(shape.getAttribute("fill")).isEqualTo("#00B0F0");
    assertThat(shape.getAttribute("stroke")).isEqualTo(Palette.TEXT);
    assertThat(points(chart).get(0).getAttribute("data-shape")).isEqualTo("circle");
    assertThat(points(chart).get(0).getAttribute("class")).isEqualTo("point point-none");
  }

  @Test
  void drawsAConcernAsAnOrangeTriangleWhenLowerIsBetter() {
    SpcResult result =
        Charts.analyse(
            Charts.steadyThenHigh(), SpcPolarity.LOWER_IS_BETTER, TARGET, SpcSettings.mdc());

    Element last = points(chart(result)).get(20);

    assertThat(last.getAttribute("class")).isEqualTo("point point-concern");
    assertThat(last.getAttribute("data-shape")).isEqualTo("triangle-up");
    assertThat(((Element) last.getElementsByTagName("polygon").item(0)).getAttribute("fill"))
        .isEqualTo("#E46C0A");
  }

  @Test
  void drawsOnlyValuesMeanAndTargetBelowTheMinimumPoints() {
    SpcResult result =
        Charts.analyse(
            Charts.values("1250", "1310", "1190", "1405", "1280", "1330", "1275", "1350"),
            SpcPolarity.HIGHER_IS_BETTER,
            SpcTarget.of(new BigDecimal("1300")),
            SpcSettings.mdc());

    Document chart = chart(result);

    assertThat(withClass(chart, "limit")).isEmpty();
    assertThat(withClass(chart, "two-sigma")).isEmpty();
    assertThat(withClass(chart, "icon")).isEmpty();
    assertThat(withClass(chart, "mean")).hasSize(1);
    assertThat(withClass(chart, "target")).hasSize(1);
    assertThat(points(chart))
        .hasSize(8)
        .allSatisfy(
            point -> assertThat(point.getAttribute("class")).isEqualTo("point point-unjudged"));
    assertThat(withClass(chart, "note").get(0).getTextContent())
        .isEqualTo("Too few points for process limits: 8 values, 13 needed");
  }

  @Test
  void drawsEachPeriodsLinesApartAfterARecalculation() {
    List<BigDecimal> values = new ArrayList<>(Charts.steadyThenHigh());
    values.addAll(Charts.steadyThenHigh().subList(0, 13));
    SpcResult result =
        Charts.analyse(
            values,
            SpcPolarity.HIGHER_IS_BETTER,
            TARGET,
            SpcSettings.mdc().withRecalculateAt(List.of(21)));

    Document chart = chart(result);

    List<Element> periods = withClass(chart, "period");
    assertThat(periods).hasSize(2);
    double separator = firstX(withClass(chart, "recalculation").get(0));
    for (int i = 0; i < 2; i++) {
      Segment segment = result.segments().get(i);
      Element period = periods.get(i);
      assertThat(period.getAttribute("data-first")).isEqualTo("" + segment.firstIndex());
      List<Element> lines = find(chart, "//*[@data-first='" + segment.firstIndex() + "']/*");
      assertThat(lines)
          .filteredOn(line -> line.getAttribute("class").equals("values"))
          .singleElement()
          .satisfies(
              line ->
                  assertThat(line.getAttribute("points").split(" "))
                      .hasSize(segment.lastIndex() - segment.firstIndex() + 1));
      assertThat(lines).filteredOn(line -> line.getAttribute("class").contains("limit")).hasSize(2);
      for (Element line : lines) {
        for (double x : xs(line)) {
          assertThat(i == 0 ? x <= separator : x >= separator)
              .as(line.getAttribute("class"))
              .isTrue();
        }
      }
    }
  }

  @Test
  void hidesALowerLimitBelowZeroWhenAsked() {
    SpcResult result =
        Charts.analyse(
            Charts.values("1", "9", "0", "8", "2", "9", "1", "7", "0", "8", "2", "9", "1", "8"),
            SpcPolarity.LOWER_IS_BETTER,
            SpcTarget.none(),
            SpcSettings.mdc());
    XmrChart chart = chartOf(result);

    Document hidden = parse(chart.withoutNegativeLowerLines().svg());

    assertThat(result.latest().lowerLimit()).isNegative();
    assertThat(withClass(parse(chart.svg()), "lower-limit")).hasSize(1);
    assertThat(withClass(hidden, "lower-limit")).isEmpty();
    assertThat(withClass(hidden, "upper-limit")).hasSize(1);
    assertThat(find(hidden, "//*[local-name()='text'][starts-with(., '-')]")).isEmpty();
  }

  @Test
  void drawsBothIconsWithTheirLettersAndTitles() {
    Document chart = chart(improving());

    Element variation = withClass(chart, "icon-variation").get(0);
    Element assurance = withClass(chart, "icon-assurance").get(0);

    assertThat(variation.getAttribute("data-icon")).isEqualTo("improvement_high");
    assertThat(withClass(chart, "icon-letter"))
        .extracting(Element::getTextContent)
        .containsExactly("?", "H");
    assertThat(variation.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Variation: Special cause improvement, high");
    assertThat(assurance.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Assurance: Hit and miss: the target will be met and missed at random");
    assertThat(variation.getTextContent()).contains("Improvement");
  }

  @Test
  void namesTheChartByItsTitleAndDescription() {
    String svg =
        chartOf(improving()).withTitle("Recycling").withDescription("Improving since July").svg();

    Element root = parse(svg).getDocumentElement();

    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("xmr-title xmr-desc");
    assertThat(find(root.getOwnerDocument(), "//*[@id='xmr-title']").get(0).getTextContent())
        .isEqualTo("Recycling");
    assertThat(find(root.getOwnerDocument(), "//*[@id='xmr-desc']").get(0).getTextContent())
        .isEqualTo("Improving since July");
    assertThat(root.getAttribute("viewBox")).startsWith("0 0 720 ");
  }

  @Test
  void describesTheIconsAndLatestLimitsByDefault() {
    SpcResult result = improving();

    String description = chartOf(result).description();

    Segment latest = result.latest();
    assertThat(description)
        .startsWith("Special cause improvement, high at the latest point. Hit and miss")
        .contains(
            "Latest mean "
                + Charts.ONE_DECIMAL.apply(latest.mean())
                + ", process limits "
                + Charts.ONE_DECIMAL.apply(latest.lowerLimit())
                + " to "
                + Charts.ONE_DECIMAL.apply(latest.upperLimit()))
        .contains("Target 24.0");
  }

  @Test
  void keepsTheIdsOfTwoChartsApart() {
    SpcResult result = improving();
    List<String> labels = Charts.months(21);

    String first = XmrChart.of("first", result, labels, Charts.ONE_DECIMAL).svg();
    String second = XmrChart.of("second", result, labels, Charts.ONE_DECIMAL).svg();

    assertThat(parse(first).getDocumentElement().getAttribute("aria-labelledby"))
        .isEqualTo("first-title first-desc");
    assertThat(parse(second).getDocumentElement().getAttribute("aria-labelledby"))
        .isEqualTo("second-title second-desc");
    assertThatThrownBy(() -> XmrChart.of("two words", result, labels, Charts.ONE_DECIMAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void escapesLabelsAndTitles() {
    SpcResult result = improving();
    List<String> labels = new ArrayList<>(Charts.months(21));
    labels.set(20, "<script>&");

    String svg = XmrChart.of("xmr", result, labels, Charts.ONE_DECIMAL).withTitle("A & <b>").svg();

    Document chart = parse(svg);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&amp;");
    assertThat(find(chart, "//*[local-name()='text'][.='<script>&']")).hasSize(1);
    assertThat(find(chart, "//*[@id='xmr-title']").get(0).getTextContent()).isEqualTo("A & <b>");
  }

  @Test
  void drawsASingleValueWithItsMeanAndNoLine() {
    SpcResult result =
        Charts.analyse(
            Charts.values("42"), SpcPolarity.HIGHER_IS_BETTER, SpcTarget.none(), SpcSettings.mdc());

    Document chart = chart(result);

    assertThat(points(chart)).hasSize(1);
    assertThat(withClass(chart, "values")).isEmpty();
    assertThat(withClass(chart, "mean")).hasSize(1);
    assertThat(find(chart, "//*[local-name()='text'][.='42.0']")).isNotEmpty();
  }

  @Test
  void keepsMarkersApartWhenPeriodsAreNarrow() {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      values.add(BigDecimal.valueOf(50 + (i * 7) % 13));
    }
    SpcResult result =
        Charts.analyse(values, SpcPolarity.HIGHER_IS_BETTER, SpcTarget.none(), SpcSettings.mdc());

    List<Element> circles =
        find(chart(result), "//*[local-name()='circle'][ancestor::*[@class='points']]");

    double slot = Double.MAX_VALUE;
    for (int i = 1; i < circles.size(); i++) {
      slot =
          Math.min(
              slot,
              Double.parseDouble(circles.get(i).getAttribute("cx"))
                  - Double.parseDouble(circles.get(i - 1).getAttribute("cx")));
    }
    double narrowest = slot;
    assertThat(circles)
        .allSatisfy(
            circle ->
                assertThat(2 * Double.parseDouble(circle.getAttribute("r"))).isLessThan(narrowest));
  }

  @Test
  void refusesLabelsThatDoNotMatchTheSeries() {
    assertThatThrownBy(() -> XmrChart.of("xmr", improving(), Charts.months(3), Charts.EXACT))
        .hasMessage("3 labels for a series of 21");
  }

  @Test
  void tabulatesTheAnalysisNumbers() {
    List<BigDecimal> values = Charts.steadyThenHigh();
    values.set(2, null);
    SpcResult result =
        Charts.analyse(values, SpcPolarity.HIGHER_IS_BETTER, TARGET, SpcSettings.mdc());

    ChartTable table =
        XmrChart.of("xmr", result, Charts.months(21), Charts.EXACT).withTitle("Recycling").table();

    assertThat(table.caption()).isEqualTo("Recycling");
    assertThat(table.headers())
        .containsExactly(
            "Period", "Value", "Mean", "Lower limit", "Upper limit", "Special cause", "Target");
    assertThat(table.rows()).hasSize(21);
    for (int i = 0; i < 21; i++) {
      List<String> row = table.rows().get(i);
      Segment segment = result.segmentOf(i);
      BigDecimal value = result.series().value(i);
      assertThat(row.get(0)).isEqualTo(Charts.months(21).get(i));
      assertThat(row.get(1)).isEqualTo(value == null ? "No figure" : value.toPlainString());
      assertThat(row.get(2)).isEqualTo(segment.mean().toPlainString());
      assertThat(row.get(3)).isEqualTo(segment.lowerLimit().toPlainString());
      assertThat(row.get(4)).isEqualTo(segment.upperLimit().toPlainString());
      assertThat(row.get(5)).startsWith(value == null ? "" : result.specialCause(i).label());
      assertThat(row.get(6)).isEqualTo("24");
    }
    assertThat(table.rows().get(20).get(5))
        .isEqualTo(
            "Special cause improvement: outside the process limits; a run on one side of the mean");
  }

  private static double firstX(Element polyline) {
    return xs(polyline).get(0);
  }

  private static List<Double> xs(Element element) {
    List<Double> xs = new ArrayList<>();
    if (element.hasAttribute("points")) {
      for (String point : element.getAttribute("points").split(" ")) {
        xs.add(Double.parseDouble(point.split(",")[0]));
      }
    }
    return xs;
  }
}
