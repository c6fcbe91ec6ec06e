package org.barometer.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.chart.Charts.parse;
import static org.barometer.app.chart.Charts.withClass;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SparklineTest {

  private static final List<BigDecimal> VALUES = Charts.values("80", "85", null, "70", "72", "75");

  private static Sparkline sparkline() {
    return Sparkline.of(Charts.months(6), VALUES, value -> value.toPlainString() + "%");
  }

  @Test
  void saysItsFirstLatestLowestAndHighestValuesInWords() {
    assertThat(sparkline().summary())
        .isEqualTo(
            "From 80% in Apr 2016 to 75% in Sept 2016; lowest 70% in Jul 2016, highest 85% in"
                + " May 2016; 1 period without a figure");
  }

  @Test
  void isASmallImageNamedByItsSummary() {
    Element root = parse(sparkline().svg()).getDocumentElement();

    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isEqualTo(sparkline().summary());
    assertThat(root.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo(sparkline().summary());
    assertThat(root.getAttribute("width")).isEqualTo("120");
    assertThat(root.getAttribute("height")).isEqualTo("30");
  }

  @Test
  void breaksAtAGapAndMarksTheLatestValue() {
    Document svg = parse(sparkline().svg());

    List<Element> lines = withClass(svg, "values");
    Element latest = withClass(svg, "latest").get(0);

    assertThat(lines).hasSize(2);
    String[] run = lines.get(1).getAttribute("points").split(" ");
    assertThat(run).hasSize(3);
    assertThat(latest.getAttribute("cx") + "," + latest.getAttribute("cy"))
        .isEqualTo(run[run.length - 1]);
  }

  @Test
  void showsOnlyTheLatestPeriodsWhenAsked() {
    Sparkline last = sparkline().last(3);

    assertThat(last.summary())
        .isEqualTo(
            "From 70% in Jul 2016 to 75% in Sept 2016; lowest 70% in Jul 2016, highest 75%"
                + " in Sept 2016");
    assertThat(last.table().rows())
        .containsExactly(
            List.of("Jul 2016", "70%"), List.of("Aug 2016", "72%"), List.of("Sept 2016", "75%"));
  }

  @Test
  void saysSoWhenThereAreNoFigures() {
    Sparkline empty =
        Sparkline.of(Charts.months(2), Charts.values(null, null), BigDecimal::toPlainString);

    assertThat(empty.summary()).isEqualTo("No figures");
    assertThat(withClass(parse(empty.svg()), "latest")).isEmpty();
  }

  @Test
  void escapesItsLabels() {
    String svg =
        Sparkline.of(List.of("<a>", "&"), Charts.values("1", "2"), BigDecimal::toPlainString).svg();

    assertThat(parse(svg).getDocumentElement().getAttribute("aria-label"))
        .isEqualTo("From 1 in <a> to 2 in &; lowest 1 in <a>, highest 2 in &");
  }
}
