package org.barometer.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.Values.exact;

import org.barometer.core.period.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureTest {

  @ParameterizedTest(
      name = "a cumulative {0} entered for each period without components is refused")
  @EnumSource(
      value = Unit.class,
      names = {
        "PERCENTAGE",
        "RATE_PER_1000",
        "RATE_PER_10000",
        "RATE_PER_100000",
        "DAYS",
        "WEEKS",
        "SCORE",
        "NUMBER"
      })
  void refusesToSumANonAdditiveUnitMonthByMonth(Unit unit) {
    assertThatThrownBy(
            () ->
                new Measure(
                    unit,
                    1,
                    Polarity.MAXIMISE,
                    AggregationKind.CUMULATIVE,
                    EntryBasis.PERIOD,
                    Frequency.MONTHLY,
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A cumulative " + unit.label() + " cannot be summed month by month")
        .hasMessageContaining("numerator and denominator");
  }

  @ParameterizedTest(name = "a cumulative {0}, entered {1}, components {2}, is accepted")
  @CsvSource(
      textBlock =
          """
          COUNT,      PERIOD,             false
          MONEY,      PERIOD,             false
          PERCENTAGE, PERIOD,             true
          PERCENTAGE, YEAR_TO_DATE_TOTAL, false
          PERCENTAGE, YEAR_TO_DATE_RATE,  false
          DAYS,       YEAR_TO_DATE_TOTAL, false
          """)
  void acceptsACumulativeFigureThatCanBeCombined(Unit unit, EntryBasis basis, boolean components) {
    assertThatCode(
            () ->
                new Measure(
                    unit,
                    2,
                    Polarity.MAXIMISE,
                    AggregationKind.CUMULATIVE,
                    basis,
                    Frequency.MONTHLY,
                    components))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "a {0} of figures entered {1} is refused")
  @CsvSource(
      textBlock =
          """
          ROLLING_QUARTER,   YEAR_TO_DATE_TOTAL
          ROLLING_QUARTER,   YEAR_TO_DATE_RATE
          ROLLING_12_MONTHS, YEAR_TO_DATE_TOTAL
          """)
  void refusesARollingWindowOfYearToDateFigures(AggregationKind kind, EntryBasis basis) {
    assertThatThrownBy(() -> aMeasure().percentage().aggregation(kind).basis(basis).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entered year to date cannot be combined over a " + kind.label());
  }

  @ParameterizedTest(name = "a {0} of {1} figures: accepted {2}")
  @CsvSource(
      textBlock =
          """
          ROLLING_QUARTER,   MONTHLY,   true
          ROLLING_QUARTER,   QUARTERLY, true
          ROLLING_QUARTER,   ANNUAL,    false
          ROLLING_12_MONTHS, ANNUAL,    true
          SNAPSHOT,          ANNUAL,    true
          CUMULATIVE,        QUARTERLY, true
          """)
  void refusesAWindowShorterThanOnePeriod(
      AggregationKind kind, Frequency frequency, boolean accepted) {
    // when
    Throwable thrown =
        catchThrowable(() -> aMeasure().count().aggregation(kind).frequency(frequency).build());

    // then
    if (accepted) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be built from " + frequency + " figures");
    }
  }

  @ParameterizedTest(name = "{0} decimals are refused")
  @CsvSource({"-1", "7"})
  void refusesDecimalsOutsideZeroToSix(int decimals) {
    assertThatThrownBy(() -> aMeasure().decimals(decimals).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimals");
  }

  @Test
  void refusesAMissingPart() {
    assertThatThrownBy(
            () ->
                new Measure(
                    null,
                    0,
                    Polarity.MAXIMISE,
                    AggregationKind.SNAPSHOT,
                    EntryBasis.PERIOD,
                    Frequency.MONTHLY,
                    false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }

  @ParameterizedTest(name = "{0} {1} entered {2}, components {3}: {4}")
  @CsvSource(
      textBlock =
          """
          COUNT,      CUMULATIVE,           PERIOD,             false, SUM
          MONEY,      ROLLING_QUARTER,      PERIOD,             false, SUM
          COUNT,      ROLLING_12_MONTHS,    PERIOD,             false, SUM
          COUNT,      YEAR_TO_DATE_AVERAGE, PERIOD,             false, MEAN
          PERCENTAGE, ROLLING_QUARTER,      PERIOD,             false, MEAN
          DAYS,       YEAR_TO_DATE_AVERAGE, PERIOD,             false, MEAN
          PERCENTAGE, CUMULATIVE,           PERIOD,             true,  RATIO_OF_SUMS
          PERCENTAGE, YEAR_TO_DATE_AVERAGE, PERIOD,             true,  RATIO_OF_SUMS
          PERCENTAGE, ROLLING_12_MONTHS,    PERIOD,             true,  RATIO_OF_SUMS
          PERCENTAGE, SNAPSHOT,             PERIOD,             true,  AS_ENTERED
          COUNT,      SNAPSHOT,             PERIOD,             false, AS_ENTERED
          PERCENTAGE, CUMULATIVE,           YEAR_TO_DATE_TOTAL, false, AS_ENTERED
          PERCENTAGE, CUMULATIVE,           YEAR_TO_DATE_RATE,  true,  AS_ENTERED
          """)
  void combinesFiguresByUnitKindAndEntry(
      Unit unit, AggregationKind kind, EntryBasis basis, boolean components, Combination expected) {
    // given
    Measure measure =
        new Measure(unit, 1, Polarity.MAXIMISE, kind, basis, Frequency.MONTHLY, components);

    // then
    assertThat(measure.combination()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "a {1} {0} {2} accumulates {3} and profiles linearly {4}")
  @CsvSource(
      textBlock =
          """
          COUNT,      CUMULATIVE,           PERIOD,             true,  true
          MONEY,      CUMULATIVE,           PERIOD,             true,  true
          COUNT,      SNAPSHOT,             PERIOD,             false, false
          COUNT,      YEAR_TO_DATE_AVERAGE, PERIOD,             false, false
          COUNT,      ROLLING_12_MONTHS,    PERIOD,             false, false
          PERCENTAGE, CUMULATIVE,           YEAR_TO_DATE_TOTAL, true,  false
          PERCENTAGE, CUMULATIVE,           YEAR_TO_DATE_RATE,  false, false
          PERCENTAGE, SNAPSHOT,             YEAR_TO_DATE_TOTAL, true,  false
          """)
  void knowsWhetherItsFigureGrowsThroughTheYear(
      Unit unit, AggregationKind kind, EntryBasis basis, boolean accumulates, boolean linear) {
    // given
    Measure measure =
        new Measure(unit, 1, Polarity.MAXIMISE, kind, basis, Frequency.MONTHLY, false);

    // then
    assertThat(measure.accumulates()).isEqualTo(accumulates);
    assertThat(measure.profilesAnnualTargetLinearly()).isEqualTo(linear);
  }

  @ParameterizedTest(name = "a {0} {1} covers {2} months")
  @CsvSource(
      textBlock =
          """
          CUMULATIVE,           MONTHLY,   0
          YEAR_TO_DATE_AVERAGE, MONTHLY,   0
          SNAPSHOT,             MONTHLY,   1
          SNAPSHOT,             QUARTERLY, 3
          SNAPSHOT,             ANNUAL,    12
          ROLLING_QUARTER,      MONTHLY,   3
          ROLLING_12_MONTHS,    QUARTERLY, 12
          """)
  void coversAWindowOfMonths(AggregationKind kind, Frequency frequency, int months) {
    assertThat(aMeasure().count().aggregation(kind).frequency(frequency).build().windowMonths())
        .isEqualTo(months);
  }

  @ParameterizedTest(name = "{1} as a {0} with {2} decimals reads {3}, a difference {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PERCENTAGE     | 72.7     | 1 | 72.7%      | 72.7 percentage points
          PERCENTAGE     | 87.335   | 2 | 87.34%     | 87.34 percentage points
          PERCENTAGE     | 96       | 0 | 96%        | 96 percentage points
          COUNT          | 5719     | 0 | 5,719      | 5,719
          COUNT          | 2811187  | 0 | 2,811,187  | 2,811,187
          MONEY          | 1250     | 2 | £1,250.00  | £1,250.00
          MONEY          | -1250.5  | 2 | -£1,250.50 | £1,250.50
          DAYS           | 4.72     | 2 | 4.72 days  | 4.72 days
          WEEKS          | 20       | 0 | 20 weeks   | 20 weeks
          RATE_PER_10000 | 68.25    | 1 | 68.3       | 68.3
          NUMBER         | -0.04    | 1 | 0.0        | 0.0
          NUMBER         | -0.05    | 1 | -0.1       | 0.1
          """)
  void showsAValueRoundedHalfUpAtItsDecimals(
      Unit unit, String value, int decimals, String shown, String difference) {
    // given
    Measure measure = aMeasure().unit(unit).decimals(decimals).build();

    // then
    assertThat(measure.show(exact(value))).isEqualTo(shown);
    assertThat(measure.showDifference(exact(value))).isEqualTo(difference);
  }

  @Test
  void roundsForDisplayOnlyAndKeepsFullPrecisionForCalculations() {
    // given
    Measure measure = aMeasure().percentage().decimals(2).build();

    // then
    assertThat(measure.rounded(exact("4600/60"))).isEqualByComparingTo("76.67");
    assertThat(measure.showPlain(exact("7.58"))).isEqualTo("7.58");
    assertThat(exact("4600/60")).isNotEqualTo(exact("76.67"));
  }

  @Test
  void makesTheUsualMeasureMonthlyAndEnteredForItsPeriod() {
    // when
    Measure measure = Measure.of(Unit.COUNT, 0, Polarity.MINIMISE, AggregationKind.CUMULATIVE);

    // then
    assertThat(measure.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(measure.basis()).isEqualTo(EntryBasis.PERIOD);
    assertThat(measure.components()).isFalse();
    assertThat(measure.withComponents().components()).isTrue();
    assertThat(measure.withFrequency(Frequency.QUARTERLY).frequency())
        .isEqualTo(Frequency.QUARTERLY);
    assertThat(measure.withBasis(EntryBasis.YEAR_TO_DATE_TOTAL).basis())
        .isEqualTo(EntryBasis.YEAR_TO_DATE_TOTAL);
  }
}
