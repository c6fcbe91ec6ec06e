package org.barometer.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

  private static final Function<BigDecimal, String> WHOLE =
      value -> value.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";

  @Test
  void coversTheValuesWithRoundTicks() {
    NiceScale scale = NiceScale.of(new BigDecimal("11.9"), new BigDecimal("37.6"), 6, Charts.EXACT);

    assertThat(scale.ticks())
        .extracting(BigDecimal::toPlainString)
        .containsExactly("10", "15", "20", "25", "30", "35", "40");
    assertThat(scale.lower()).isLessThanOrEqualTo(new BigDecimal("11.9"));
    assertThat(scale.upper()).isGreaterThanOrEqualTo(new BigDecimal("37.6"));
  }

  @Test
  void widensTheStepUntilEveryTickReadsDifferently() {
    NiceScale scale = NiceScale.of(new BigDecimal("79.6"), new BigDecimal("80.4"), 6, WHOLE);

    assertThat(scale.ticks()).extracting(WHOLE).doesNotHaveDuplicates().hasSizeGreaterThan(1);
  }

  @Test
  void givesAConstantSeriesARange() {
    NiceScale scale = NiceScale.of(new BigDecimal("50"), new BigDecimal("50"), 6, Charts.EXACT);

    assertThat(scale.lower()).isLessThan(new BigDecimal("50"));
    assertThat(scale.upper()).isGreaterThan(new BigDecimal("50"));
  }

  @Test
  void givesNothingDrawnAScaleFromZeroToOne() {
    NiceScale scale = NiceScale.of(null, null, 6, Charts.EXACT);

    assertThat(scale.lower()).isEqualByComparingTo("0");
    assertThat(scale.upper()).isEqualByComparingTo("1");
  }
}
