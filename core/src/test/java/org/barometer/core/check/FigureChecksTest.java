package org.barometer.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.number.ExactValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureChecksTest {

  private static final Measure PERCENT =
      Measure.of(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);
  private static final Measure COUNT =
      Measure.of(Unit.COUNT, 0, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);
  private static final Measure PERCENT_OF_COMPONENTS =
      Measure.ofComponents(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.CUMULATIVE);

  @ParameterizedTest(name = "{0} {1}: refused {2}")
  @CsvSource(
      textBlock =
          """
          PERCENTAGE, 100,     false
          PERCENTAGE, 100.01,  true
          PERCENTAGE, 0,       false
          PERCENTAGE, -0.1,    true
          COUNT,      -1,      true
          COUNT,      0,       false
          MONEY,      -250.00, false
          SCORE,      -3,      false
          RATE_PER_10000, -2,  true
          DAYS,       -1,      true
          """)
  void refusesImpossiblePlainValues(Unit unit, String value, boolean refused) {
    Measure measure = Measure.of(unit, 2, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);

    CheckResult result = FigureChecks.check(measure, Figure.plain(value), List.of());

    assertThat(result.refused()).isEqualTo(refused);
    if (refused) {
      assertThat(result.refusals()).allSatisfy(p -> assertThat(p.field()).isEqualTo("value"));
    }
  }

  @Test
  void namesTheFieldWhenANumeratorExceedsItsDenominator() {
    CheckResult result =
        FigureChecks.check(PERCENT_OF_COMPONENTS, Figure.ratio("51", "50"), List.of());

    assertThat(result.refusals())
        .containsExactly(
            new Problem(
                "numerator",
                "The numerator (51) cannot be more than the denominator (50) for a percentage"));
  }

  @Test
  void refusesNegativeComponentsEachInItsField() {
    CheckResult result =
        FigureChecks.check(PERCENT_OF_COMPONENTS, Figure.ratio("-1", "-5"), List.of());

    assertThat(result.refusals()).extracting(Problem::field).contains("numerator", "denominator");
  }

  @Test
  void acceptsAZeroDenominatorAsNoValueRatherThanAnError() {
    CheckResult result =
        FigureChecks.check(PERCENT_OF_COMPONENTS, Figure.ratio("0", "0"), List.of());

    assertThat(result.refused()).isFalse();
    assertThat(result.needsExplanation()).isFalse();
  }

  @Test
  void asksForAnExplanationOfAJumpFarOutsideTheHistory() {
    List<ExactValue> history = values("80", "81", "79", "80", "82", "80", "81", "79");

    CheckResult usual = FigureChecks.check(PERCENT, Figure.plain("83"), history);
    CheckResult jump = FigureChecks.check(PERCENT, Figure.plain("95"), history);

    assertThat(usual.needsExplanation()).isFalse();
    assertThat(jump.refused()).isFalse();
    assertThat(jump.explanationNeeded())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("value");
              assertThat(p.message())
                  .startsWith("95.0% is far outside this indicator's usual range");
              assertThat(p.message()).endsWith("over its last 8 figures: explain it to go on");
            });
  }

  @Test
  void makesNoHistoryCheckOnTooShortAHistory() {
    List<ExactValue> history = values("10", "11", "10", "12", "11");

    assertThat(FigureChecks.check(COUNT, Figure.plain("900"), history).needsExplanation())
        .isFalse();
  }

  @Test
  void looksAtTheLast24FiguresOnly() {
    // given an old level of 1000 and a recent level of about 10
    List<ExactValue> history =
        Stream.concat(
                Stream.generate(() -> ExactValue.of(1000)).limit(10),
                Stream.of(
                        "10", "11", "9", "10", "12", "10", "11", "9", "10", "11", "10", "9", "10",
                        "11", "10", "12", "10", "9", "11", "10", "10", "11", "9", "10")
                    .map(ExactValue::of))
            .toList();

    assertThat(FigureChecks.check(COUNT, Figure.plain("500"), history).needsExplanation()).isTrue();
  }

  private static List<ExactValue> values(String... values) {
    return Stream.of(values).map(ExactValue::of).toList();
  }
}
