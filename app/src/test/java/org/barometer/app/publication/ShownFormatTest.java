package org.barometer.app.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShownFormatTest {

  @Test
  void writesNumbersAsTheFiguresWereShown() {
    assertThat(ShownFormat.of(2, "87.34%").apply(new BigDecimal("80.126"))).isEqualTo("80.13%");
    assertThat(ShownFormat.of(0, "5,719").apply(new BigDecimal("5078.4"))).isEqualTo("5,078");
    assertThat(ShownFormat.of(2, "£1,250.00").apply(new BigDecimal("-3.5"))).isEqualTo("-£3.50");
    assertThat(ShownFormat.of(1, "-4.0 days").apply(new BigDecimal("12"))).isEqualTo("12.0 days");
    assertThat(ShownFormat.of(1, null).apply(new BigDecimal("2.25"))).isEqualTo("2.3");
  }
}
