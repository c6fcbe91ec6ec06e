package org.barometer.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.direction.Direction;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchEvaluationTest {

  private static final YearMonth APRIL_2016 = YearMonth.of(2016, 4);
  private static final Measure COUNT =
      Measure.of(Unit.COUNT, 0, Polarity.MAXIMISE, AggregationKind.CUMULATIVE);

  @ParameterizedTest(name = "{0} {1} {2}: {3}% against {4} is {5}")
  @CsvSource({
    "MAXIMISE, relative, 0.1, 80, 80, GREEN",
    "MAXIMISE, relative, 0.1, 72, 80, AMBER",
    "MAXIMISE, relative, 0.1, 71.99, 80, RED",
    "MAXIMISE, absolute, 2, 78, 80, AMBER",
    "MAXIMISE, absolute, 2, 77.99, 80, RED",
    "MINIMISE, relative, 0.1, 80, 80, GREEN",
    "MINIMISE, relative, 0.1, 88, 80, AMBER",
    "MINIMISE, relative, 0.1, 88.01, 80, RED",
    "MINIMISE, relative, 0.1, 0.01, 0, RED",
    "GOLDILOCKS, relative, 0.1, 90, 70-90, GREEN",
    "GOLDILOCKS, relative, 0.1, 63, 70-90, AMBER",
    "GOLDILOCKS, relative, 0.1, 62.99, 70-90, RED",
    "GOLDILOCKS, relative, 0.1, 99, 70-90, AMBER",
    "GOLDILOCKS, relative, 0.1, 99.01, 70-90, RED",
  })
  void ratesOnEachLineAsTheBetterStatus(
      Polarity polarity,
      String kind,
      String tolerance,
      String percent,
      String target,
      BatchStatus expected) {
    Measure measure =
        Measure.ofComponents(Unit.PERCENTAGE, 1, polarity, AggregationKind.CUMULATIVE);

    BatchResults results =
        evaluate(
            measure,
            kind.equals("relative") ? Tolerance.relative(tolerance) : Tolerance.absolute(tolerance),
            target(target),
            Figure.ratio(percent, "100"));

    assertThat(results.status(0, 0)).isEqualTo(expected);
  }

  @Test
  void ratesACumulativeCountAgainstTheAnnualTargetProfiledLinearly() {
    Figure ten = Figure.plain("10");

    BatchResults results =
        evaluate(
            COUNT,
            Tolerance.DEFAULT,
            new Target.SingleValue(new BigDecimal("120")),
            ten,
            ten,
            ten,
            ten,
            ten,
            Figure.plain("4"));

    // 120 a year profiles to 50 by August: 50 is on target.
    assertThat(results.status(0, 4)).isEqualTo(BatchStatus.GREEN);
    // ... and to 60 by September: 54 is 6 short, exactly 10% of 60, so amber, not red.
    assertThat(results.status(0, 5)).isEqualTo(BatchStatus.AMBER);
  }

  @Test
  void treatsZeroDenominatorAsNoValue() {
    Measure measure =
        Measure.ofComponents(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.CUMULATIVE);

    BatchResults results =
        evaluate(
            measure,
            Tolerance.DEFAULT,
            new Target.SingleValue(new BigDecimal("80")),
            Figure.ratio("0", "0"),
            Figure.ratio("9", "10"));

    assertThat(results.status(0, 0)).isEqualTo(BatchStatus.NO_VALUE);
    assertThat(results.status(0, 1)).isEqualTo(BatchStatus.GREEN);
  }

  @Test
  void treatsAMissingMonthAsMissingNotZero() {
    BatchResults results =
        evaluate(
            COUNT, Tolerance.DEFAULT, new Target.SingleValue(new BigDecimal("12")), null, null);

    assertThat(results.status(0, 0)).isEqualTo(BatchStatus.NO_DATA);
    assertThat(results.status(0, 1)).isEqualTo(BatchStatus.NO_DATA);
  }

  @Test
  void sumsOnlyTheMonthsWithFiguresAndRestartsEachApril() {
    Figure[] figures = new Figure[13];
    figures[1] = Figure.plain("2");
    figures[12] = Figure.plain("1");

    BatchResults results =
        evaluate(COUNT, Tolerance.DEFAULT, new Target.SingleValue(new BigDecimal("12")), figures);

    // May 2016: 2 against 2 (12 x 2 / 12); April 2017 starts again: 1 against 1.
    assertThat(results.status(0, 1)).isEqualTo(BatchStatus.GREEN);
    assertThat(results.status(0, 11)).isEqualTo(BatchStatus.RED);
    assertThat(results.status(0, 12)).isEqualTo(BatchStatus.GREEN);
  }

  @ParameterizedTest(name = "72.34% then 72.31% at {0} decimals: {1}")
  @CsvSource({"1, NO_CHANGE", "2, WORSENED", "0, NO_CHANGE"})
  void judgesDirectionAtTheDisplayDecimals(int decimals, Direction expected) {
    Measure measure =
        Measure.ofComponents(
            Unit.PERCENTAGE, decimals, Polarity.MAXIMISE, AggregationKind.CUMULATIVE);
    Figure[] figures = new Figure[13];
    figures[0] = Figure.ratio("7234", "10000");
    figures[12] = Figure.ratio("7231", "10000");

    BatchResults results =
        evaluate(measure, Tolerance.DEFAULT, new Target.SingleValue(BigDecimal.TEN), figures);

    assertThat(results.direction(0, 12)).isEqualTo(expected);
    assertThat(results.direction(0, 0)).isEqualTo(Direction.NOT_COMPARABLE);
  }

  @Test
  void roundsHalfUpBeforeJudgingDirection() {
    Measure measure =
        Measure.ofComponents(Unit.PERCENTAGE, 0, Polarity.MINIMISE, AggregationKind.CUMULATIVE);
    Figure[] figures = new Figure[13];
    figures[0] = Figure.ratio("125", "1000");
    figures[12] = Figure.ratio("1349", "10000");

    BatchResults results =
        evaluate(measure, Tolerance.DEFAULT, new Target.SingleValue(BigDecimal.TEN), figures);

    // 12.5% shows as 13%, and 13.49% as 13%: no change for a figure to minimise.
    assertThat(results.direction(0, 12)).isEqualTo(Direction.NO_CHANGE);
  }

  @Test
  void sendsFiguresBeyondLongsToTheExactPath() {
    Measure measure =
        Measure.ofComponents(
            Unit.RATE_PER_100000, 6, Polarity.GOLDILOCKS, AggregationKind.CUMULATIVE);
    String huge = "20000000000000";
    BatchCase batch =
        new BatchCase(
            APRIL_2016,
            13,
            List.of(
                new IndicatorCase(
                    measure,
                    Tolerance.relative("0.1"),
                    twelveMonthsApart(Figure.ratio(huge, "3"), Figure.ratio(huge, "7")),
                    Map.of(
                        new FinancialYear(2016), new Target.Range(BigDecimal.ONE, BigDecimal.TEN),
                        new FinancialYear(2017),
                            new Target.Range(BigDecimal.ONE, BigDecimal.TEN)))));

    BatchResults results = batch.evaluate();

    assertThat(results.exactFallbacks()).isPositive();
    assertThat(results.status(0, 12)).isEqualTo(BatchStatus.RED);
    assertThat(results.direction(0, 12)).isEqualTo(Direction.IMPROVED);
  }

  @Test
  void refusesAMeasureTheBatchCannotCarry() {
    Measure snapshot = Measure.of(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);

    assertThatThrownBy(() -> MeasureColumns.builder(1).set(0, snapshot, Tolerance.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cumulative monthly");
  }

  @Test
  void refusesAFigureWithMoreDecimalsThanTheScale() {
    assertThatThrownBy(() -> Scaled.of(new BigDecimal("1.23456")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 4 decimals");
  }

  @Test
  void refusesAPlainFigureForAnIndicatorCollectedWithComponents() {
    MeasureColumns measures =
        MeasureColumns.builder(1)
            .set(
                0,
                Measure.ofComponents(
                    Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.CUMULATIVE),
                Tolerance.DEFAULT)
            .build();
    MonthlyColumns.Builder figures = MonthlyColumns.builder(measures, APRIL_2016, 1);

    assertThatThrownBy(() -> figures.set(0, 0, Figure.plain("80")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator and a denominator");
  }

  private static List<Optional<Figure>> twelveMonthsApart(Figure first, Figure second) {
    Figure[] figures = new Figure[13];
    figures[0] = first;
    figures[12] = second;
    return Arrays.stream(figures).map(Optional::ofNullable).toList();
  }

  private static Target target(String text) {
    if (text.contains("-")) {
      String[] ends = text.split("-");
      return new Target.Range(new BigDecimal(ends[0]), new BigDecimal(ends[1]));
    }
    return new Target.SingleValue(new BigDecimal(text));
  }

  /** One indicator from April 2016, a figure or null for each month, the same target each year. */
  private static BatchResults evaluate(
      Measure measure, Tolerance tolerance, Target target, Figure... figures) {
    Map<FinancialYear, Target> targets =
        figures.length > 12
            ? Map.of(new FinancialYear(2016), target, new FinancialYear(2017), target)
            : Map.of(new FinancialYear(2016), target);
    List<Optional<Figure>> months = Arrays.stream(figures).map(Optional::ofNullable).toList();
    IndicatorCase indicator = new IndicatorCase(measure, tolerance, months, targets);
    return new BatchCase(APRIL_2016, figures.length, List.of(indicator)).evaluate();
  }
}
