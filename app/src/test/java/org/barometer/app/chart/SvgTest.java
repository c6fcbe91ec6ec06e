package org.barometer.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void escapesMarkupAndQuotesAndDropsWhatXmlCannotHold() {
    String text = "<script>alert('x') & \"y\"</script>\u0000\u0007";

    String escaped = Svg.escape(text);

    assertThat(escaped)
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  }

  @Test
  void escapesAttributeValues() {
    Svg svg = Svg.root("c", 10, 10, "t", "d");

    String markup = svg.text("text", "a<b", "data-x", "\"><script>").finish();

    assertThat(Charts.parse(markup).getDocumentElement().getTextContent()).contains("a<b");
    assertThat(markup).contains("data-x=\"&quot;&gt;&lt;script&gt;\"");
  }

  @Test
  void writesCoordinatesWithAtMostOneDecimal() {
    assertThat(Svg.num(12)).isEqualTo("12");
    assertThat(Svg.num(12.345)).isEqualTo("12.3");
    assertThat(Svg.num(-0.06)).isEqualTo("-0.1");
    assertThat(Svg.num(1e7)).isEqualTo("10000000");
    assertThat(Svg.points(1, 2.25, 3, 4)).isEqualTo("1,2.3 3,4");
  }

  @Test
  void refusesAnIdThatCouldBreakOutOfItsAttribute() {
    assertThatThrownBy(() -> Svg.checkId("a\" onload=\"x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Svg.checkId("1chart")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Svg.checkId("chart-KPI_12")).isEqualTo("chart-KPI_12");
  }
}
