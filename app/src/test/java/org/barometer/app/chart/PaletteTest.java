package org.barometer.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.core.statistics.SpecialCause;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** WCAG 2.2: 3:1 against white for lines and outlines that carry meaning, 4.5:1 for text. */
class PaletteTest {

  @ParameterizedTest
  @ValueSource(
      strings = {Palette.TEXT, Palette.SECONDARY, Palette.LIGHT, Palette.TARGET, Palette.FORECAST})
  void linesAndTextReadOnWhite(String colour) {
    assertThat(Palette.contrast(colour, Palette.WHITE)).isGreaterThanOrEqualTo(4.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {Palette.TEXT, Palette.SECONDARY, Palette.TARGET})
  void linesStillStandOutOnATargetBand(String colour) {
    assertThat(Palette.contrast(colour, Palette.TARGET_BAND)).isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(SpecialCause.class)
  void iconLettersReadOnEveryIconColour(SpecialCause cause) {
    String fill = cause.colour();

    assertThat(Palette.contrast(Palette.textOn(fill), fill)).isGreaterThanOrEqualTo(4.5);
  }

  @ParameterizedTest
  @EnumSource(TrendChart.Status.class)
  void statusMarkersAreOutlinedInAColourThatStandsOutFromTheirFill(TrendChart.Status status) {
    assertThat(Palette.contrast(Palette.TEXT, Palette.WHITE)).isGreaterThanOrEqualTo(3);
    assertThat(Palette.contrast(Palette.TEXT, status.colour())).isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"#0b0c0c", "#00B0F0", "#A6A6A6", "#E46C0A"})
  void measuresContrastAsWcagDoes(String colour) {
    assertThat(Palette.contrast(colour, colour)).isEqualTo(1.0);
    assertThat(Palette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
  }
}
