package org.barometer.app.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x.example\",\"Click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "- fewer staff",
        "-1+1"
      })
  void putsAnApostropheBeforeATextThatASpreadsheetWouldRun(String typed) {
    String written = SpreadsheetText.neutralised(typed);

    assertThat(written).isEqualTo("'" + typed);
    assertThat(SpreadsheetText.restored(written)).isEqualTo(typed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"-3.5", "-1,234", "+12", "-£20.00", "-2.50%", "-3 days", "-0.5 weeks", "87.34%"})
  void leavesANumberAsItIs(String shown) {
    assertThat(SpreadsheetText.neutralised(shown)).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Rounds re-planned", "A = B", "", "5,719", "Not set"})
  void leavesOtherTextAsItIs(String text) {
    assertThat(SpreadsheetText.neutralised(text)).isEqualTo(text);
    assertThat(SpreadsheetText.restored(text)).isEqualTo(text);
  }

  @Test
  void doublesALeadingApostropheSoThatEveryCellReadsBackAsTyped() {
    assertThat(SpreadsheetText.neutralised("'=1+1")).isEqualTo("''=1+1");
    assertThat(SpreadsheetText.restored("''=1+1")).isEqualTo("'=1+1");
    assertThat(SpreadsheetText.neutralised("'Tis the season")).isEqualTo("''Tis the season");
    assertThat(SpreadsheetText.restored(SpreadsheetText.neutralised("'Tis the season")))
        .isEqualTo("'Tis the season");
  }

  @Test
  void leavesNullAlone() {
    assertThat(SpreadsheetText.neutralised(null)).isNull();
    assertThat(SpreadsheetText.restored(null)).isNull();
  }
}
