package org.barometer.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcTarget;
import org.junit.jupiter.api.Test;

class CalculatorInputTest {

  private static CalculatorForm form(String values) {
    return CalculatorForm.blank().withValues(values);
  }

  private static CalculatorForm with(
      String values, String target, String low, String high, String recalculateAt) {
    CalculatorForm blank = CalculatorForm.blank();
    return new CalculatorForm(
        values,
        blank.polarity(),
        target,
        low,
        high,
        "mdc",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        recalculateAt,
        "",
        "");
  }

  @Test
  void readsOneValuePerLineWithLabelsGapsThousandsAndPercentages() {
    Map<String, String> errors = new HashMap<>();
    Optional<CalculatorInput.Calculation> read =
        CalculatorInput.read(
            form("\nApr 2016\t1,250\nMay 2016\t\nJun 2016;80%\n-\n12.5\n\n"), errors);

    assertThat(errors).isEmpty();
    assertThat(read.orElseThrow().values())
        .containsExactly(
            new BigDecimal("1250"), null, new BigDecimal("80"), null, new BigDecimal("12.5"));
    assertThat(read.orElseThrow().labels())
        .containsExactly("Apr 2016", "May 2016", "Jun 2016", "4", "5");
    assertThat(read.orElseThrow().settings().profile()).isEqualTo(SpcProfile.MDC);
  }

  @Test
  void namesEveryLineThatIsNotANumber() {
    Map<String, String> errors = new HashMap<>();
    assertThat(CalculatorInput.read(form("1\nabc\n3\n4x\n"), errors)).isEmpty();
    assertThat(errors.get("values"))
        .contains("line 2: 'abc' is not a number")
        .contains("line 4: '4x' is not a number");
  }

  @Test
  void refusesAnEmptySeriesOnlyGapsAndTooManyValues() {
    Map<String, String> errors = new HashMap<>();
    CalculatorInput.read(form("\n \n"), errors);
    assertThat(errors.get("values")).startsWith("Paste the values");

    errors.clear();
    CalculatorInput.read(form("-\nNA\n\n-"), errors);
    assertThat(errors.get("values")).isEqualTo("Values has no numbers, only gaps");

    errors.clear();
    CalculatorInput.read(form("1\n".repeat(CalculatorInput.MOST_POINTS + 1)), errors);
    assertThat(errors.get("values")).contains("at most 10000 values");
  }

  @Test
  void aTargetOrARangeNotBoth() {
    Map<String, String> errors = new HashMap<>();
    CalculatorInput.read(with("1\n2\n3", "80", "70", "", ""), errors);
    assertThat(errors).containsEntry("target", "Give a single target or a target range, not both");

    errors.clear();
    CalculatorInput.read(with("1\n2\n3", "", "90", "70", ""), errors);
    assertThat(errors).containsKey("targetHigh");

    errors.clear();
    CalculatorInput.Calculation range =
        CalculatorInput.read(with("1\n2\n3", "", "70", "90%", ""), errors).orElseThrow();
    assertThat(range.target())
        .isEqualTo(SpcTarget.range(new BigDecimal("70"), new BigDecimal("90")));
  }

  @Test
  void recalculationPointsAreNumberedFromOneAndChecked() {
    Map<String, String> errors = new HashMap<>();
    CalculatorInput.Calculation read =
        CalculatorInput.read(with("1\n2\n3\n4\n5", "", "", "", "3, 5"), errors).orElseThrow();
    assertThat(read.settings().recalculateAt()).containsExactly(2, 4);

    errors.clear();
    CalculatorInput.read(with("1\n2\n3", "", "", "", "4"), errors);
    assertThat(errors.get("recalculateAt"))
        .isEqualTo("Point 4 is not a point where new limits can start: choose from 2 to 3");

    errors.clear();
    CalculatorInput.read(with("1\n2\n3", "", "", "", "1"), errors);
    assertThat(errors).containsKey("recalculateAt");
  }

  @Test
  void readsACsvFileByItsHeaderOrItsLastColumn() {
    Map<String, String> errors = new HashMap<>();
    assertThat(
            CalculatorInput.fromCsv("\uFEFFmonth,value,note\nApr 2016,80,x\nMay 2016,,\n", errors))
        .contains("Apr 2016\t80\nMay 2016\t\n");
    assertThat(CalculatorInput.fromCsv("1\n2\n3\n", errors)).contains("1\n2\n3\n");
    assertThat(CalculatorInput.fromCsv("a,1\nb,2\n", errors)).contains("a\t1\nb\t2\n");
    assertThat(errors).isEmpty();

    assertThat(CalculatorInput.fromCsv("month,value\nApr,80\nMay,eighty\n", errors)).isEmpty();
    assertThat(errors.get("file")).contains("row 3, column value: 'eighty' is not a number");
  }

  @Test
  void settingsTheCoreRefusesAreNamed() {
    CalculatorForm blank = CalculatorForm.blank();
    CalculatorForm form =
        new CalculatorForm(
            "1\n2\n3",
            blank.polarity(),
            "",
            "",
            "",
            "ptd",
            "1",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "4",
            "12");
    Map<String, String> errors = new HashMap<>();
    assertThat(CalculatorInput.read(form, errors)).isEmpty();
    assertThat(errors).containsKeys("shiftPoints", "fixAfterNPoints");
  }
}
