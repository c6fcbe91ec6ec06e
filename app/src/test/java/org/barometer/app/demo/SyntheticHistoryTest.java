package org.barometer.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticHistoryTest {

  private static final YearMonth START = YearMonth.of(2012, 4);
  private static final MonthPeriod NOV_2016 = MonthPeriod.of(2016, 11);

  static Stream<Arguments> seedLikeMeasures() {
    return Stream.of(
        Arguments.of(
            "cumulative count",
            Measure.of(Unit.COUNT, 0, Polarity.MAXIMISE, AggregationKind.CUMULATIVE),
            "11310"),
        Arguments.of(
            "small cumulative count",
            Measure.of(Unit.COUNT, 0, Polarity.MAXIMISE, AggregationKind.CUMULATIVE),
            "44"),
        Arguments.of(
            "snapshot percentage",
            Measure.of(Unit.PERCENTAGE, 2, Polarity.MINIMISE, AggregationKind.SNAPSHOT),
            "1.43"),
        Arguments.of(
            "cumulative rate entered year to date",
            Measure.of(
                Unit.PERCENTAGE,
                2,
                Polarity.MAXIMISE,
                AggregationKind.CUMULATIVE,
                EntryBasis.YEAR_TO_DATE_RATE),
            "91.66"),
        Arguments.of(
            "cumulative total entered year to date",
            Measure.of(
                Unit.PERCENTAGE,
                2,
                Polarity.MAXIMISE,
                AggregationKind.CUMULATIVE,
                EntryBasis.YEAR_TO_DATE_TOTAL),
            "69.90"),
        Arguments.of(
            "year-to-date average",
            Measure.of(
                Unit.RATE_PER_100000, 2, Polarity.MINIMISE, AggregationKind.YEAR_TO_DATE_AVERAGE),
            "1.97"),
        Arguments.of(
            "rolling quarter",
            Measure.of(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.ROLLING_QUARTER),
            "79.1"),
        Arguments.of(
            "goldilocks snapshot",
            Measure.of(Unit.RATE_PER_10000, 1, Polarity.GOLDILOCKS, AggregationKind.SNAPSHOT),
            "68.2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedLikeMeasures")
  void reproducesTheRealFigureExactlyAtItsPeriod(String name, Measure measure, String real) {
    Anchor anchor = new Anchor(NOV_2016, new BigDecimal(real));

    List<Measurement> history = SyntheticHistory.generate(measure, anchor, START, 17L);
    ReportedFigure reported =
        Aggregation.forPeriod(measure, Series.of(Frequency.MONTHLY, history), NOV_2016);

    assertThat(reported.value()).contains(ExactValue.of(real));
    assertThat(reported.incomplete()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedLikeMeasures")
  void coversEveryMonthFromTheStartWithPlausibleFigures(String name, Measure measure, String real) {
    Anchor anchor = new Anchor(NOV_2016, new BigDecimal(real));

    List<Measurement> history = SyntheticHistory.generate(measure, anchor, START, 3L);

    assertThat(history).hasSize(56);
    assertThat(history.get(0).period()).isEqualTo(new MonthPeriod(START));
    assertThat(history)
        .allSatisfy(
            m -> {
              BigDecimal value = ((Figure.Plain) m.figure()).value();
              assertThat(value.signum()).isNotNegative();
              assertThat(value.scale()).isLessThanOrEqualTo(measure.decimals());
              if (measure.unit() == Unit.PERCENTAGE) {
                assertThat(value).isLessThanOrEqualTo(new BigDecimal("100"));
              }
            });
  }

  @Test
  void givesTheSameHistoryForTheSameSeed() {
    Measure measure = Measure.of(Unit.COUNT, 0, Polarity.MAXIMISE, AggregationKind.CUMULATIVE);
    Anchor anchor = new Anchor(NOV_2016, new BigDecimal("2701"));

    List<Measurement> first = SyntheticHistory.generate(measure, anchor, START, 16L);
    List<Measurement> second = SyntheticHistory.generate(measure, anchor, START, 16L);
    List<Measurement> other = SyntheticHistory.generate(measure, anchor, START, 15L);

    assertThat(first).isEqualTo(second);
    assertThat(first).isNotEqualTo(other);
  }

  @Test
  void hasASeasonAndNoiseRatherThanAFlatLine() {
    Measure measure = Measure.of(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);
    Anchor anchor = new Anchor(NOV_2016, new BigDecimal("80.0"));

    List<Measurement> history = SyntheticHistory.generate(measure, anchor, START, 1L);

    assertThat(history.stream().map(m -> ((Figure.Plain) m.figure()).value()).distinct().count())
        .isGreaterThan(20);
  }

  @Test
  void refusesToInventNumeratorsAndDenominators() {
    Measure measure =
        Measure.ofComponents(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.CUMULATIVE);
    Anchor anchor = new Anchor(NOV_2016, new BigDecimal("90.0"));

    assertThatThrownBy(() -> SyntheticHistory.generate(measure, anchor, START, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain figures");
  }
}
