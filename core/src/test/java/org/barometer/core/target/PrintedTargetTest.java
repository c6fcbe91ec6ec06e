package org.barometer.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedTargetTest {

  @ParameterizedTest(name = "{0} is the single value {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "80.00%     | 80.00",
        "97.20%     | 97.20",
        "7.20       | 7.20",
        "20,000     | 20000",
        "4,000,000  | 4000000",
        "7389       | 7389",
        "89.65      | 89.65",
        "33.50%     | 33.50",
        "66         | 66"
      })
  void readsASingleValueAsPrinted(String printed, BigDecimal value) {
    PrintedTarget target = PrintedTarget.read(printed);

    assertThat(target.target()).containsInstanceOf(Target.SingleValue.class);
    assertThat(((Target.SingleValue) target.target().orElseThrow()).value())
        .isEqualByComparingTo(value);
    assertThat(target.notes()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is the range {1} to {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "57.3-68.3            | 57.3 | 68.3",
        "45.7 \u2013 52.3     | 45.7 | 52.3",
        "50.4 \u2013 55.7     | 50.4 | 55.7",
        "10%-20%              | 10   | 20"
      })
  void readsARangeWrittenWithAHyphenOrADash(String printed, BigDecimal low, BigDecimal high) {
    Target target = PrintedTarget.read(printed).target().orElseThrow();

    assertThat(target).isInstanceOf(Target.Range.class);
    assertThat(((Target.Range) target).low()).isEqualByComparingTo(low);
    assertThat(((Target.Range) target).high()).isEqualByComparingTo(high);
  }

  @Test
  void saysWhenARangeIsWrittenWithAnEnDash() {
    PrintedTarget target = PrintedTarget.read("45.7 \u2013 52.3");

    assertThat(target.notes()).singleElement().asString().contains("EN DASH");
  }

  @Test
  void readsAYearEndReachedByAMonthlyIncrement() {
    Target target = PrintedTarget.read("35,000 (1,250 per month)").target().orElseThrow();

    assertThat(target).isEqualTo(Target.MonthlyIncrement.reaching(big(35000), big(1250)));
    Target.MonthlyIncrement increment = (Target.MonthlyIncrement) target;
    assertThat(increment.start()).isEqualByComparingTo("20000");
    assertThat(increment.month(12)).isEqualByComparingTo("35000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TBC", "tbc", "To be confirmed", " TBC "})
  void readsToBeConfirmedWithoutANote(String printed) {
    PrintedTarget target = PrintedTarget.read(printed);

    assertThat(target.target()).contains(new Target.ToBeConfirmed(""));
    assertThat(target.notes()).isEmpty();
  }

  @Test
  void readsTbcWrittenInCyrillicLettersAndSaysSo() {
    String cyrillic = "\u0422\u0412\u0421";

    PrintedTarget target = PrintedTarget.read(cyrillic);

    assertThat(target.target()).contains(new Target.ToBeConfirmed(""));
    assertThat(target.printed()).isEqualTo(cyrillic);
    assertThat(target.notes())
        .singleElement()
        .asString()
        .contains("cyrillic capital letter te")
        .contains("cyrillic capital letter ve")
        .contains("cyrillic capital letter es")
        .contains("read as the Latin 'TBC'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"N/A", "n/a", "Not applicable"})
  void readsNotApplicableAsNoTargetForTheYear(String printed) {
    PrintedTarget target = PrintedTarget.read(printed);

    assertThat(target.target()).isEmpty();
    assertThat(target.notes()).singleElement().asString().contains("no target for this year");
  }

  @Test
  void readsNoneAsAnIndicatorWithoutTarget() {
    assertThat(PrintedTarget.read("None").target()).contains(new Target.NoTarget());
  }

  @Test
  void readsACountedValueAndKeepsItsWords() {
    PrintedTarget target = PrintedTarget.read("40 new local organisations signed up");

    assertThat(target.target()).contains(new Target.SingleValue(big(40)));
    assertThat(target.printed()).isEqualTo("40 new local organisations signed up");
    assertThat(target.notes())
        .singleElement()
        .asString()
        .contains("'new local organisations signed up'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "about 80", "80 or so %", "1,30", "68.3-57.3", "\u0422\u0412"})
  void refusesWhatItCannotRead(String printed) {
    assertThatIllegalArgumentException().isThrownBy(() -> PrintedTarget.read(printed));
  }

  @Test
  void keepsThePrintedScale() {
    Target.SingleValue target =
        (Target.SingleValue) PrintedTarget.read("80.00%").target().orElseThrow();

    assertThat(target.value().scale()).isEqualTo(2);
  }

  private static BigDecimal big(long value) {
    return BigDecimal.valueOf(value);
  }
}
