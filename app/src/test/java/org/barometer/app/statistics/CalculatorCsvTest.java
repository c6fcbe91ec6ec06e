package org.barometer.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalculatorCsvTest {

  @Test
  void aLabelThatWouldRunAsAFormulaIsEscapedEvenWhenItStartsLikeANumber() {
    assertThat(CalculatorController.quoted("-2+3+cmd|' /C calc'!A0"))
        .isEqualTo("'-2+3+cmd|' /C calc'!A0");
    assertThat(CalculatorController.quoted("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
  }

  @Test
  void aLabelThatIsANumberOrPlainTextIsLeftAsItIs() {
    assertThat(CalculatorController.quoted("-3.5")).isEqualTo("-3.5");
    assertThat(CalculatorController.quoted("Apr 2016")).isEqualTo("Apr 2016");
  }
}
