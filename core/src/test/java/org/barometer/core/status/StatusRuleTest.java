package org.barometer.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.Months.month;
import static org.barometer.core.fixture.ReportedFigures.none;
import static org.barometer.core.fixture.ReportedFigures.provisional;
import static org.barometer.core.fixture.ReportedFigures.reported;
import static org.barometer.core.fixture.SeriesBuilder.aMonthlySeries;
import static org.barometer.core.fixture.Values.decimal;
import static org.barometer.core.fixture.Values.exact;

import java.time.Instant;
import java.util.Optional;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.aggregation.ReportedFigure.NoValue;
import org.barometer.core.fixture.Measures;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.status.Status.NoStatusReason;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetForPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusRuleTest {

  private static final Instant NOW = Instant.parse("2016-12-12T10:00:00Z");

  @Test
  void explainsAnAmberFigureExactlyAsTheSpecificationDoes() {
    // given a maximise percentage with 1 decimal and the default tolerance
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    ReportedFigure november = reported("2016-11", "72.7");

    // when
    Status status = StatusRule.rate(measure, november, point("75.8"), Tolerance.DEFAULT);

    // then
    assertThat(status.rag()).contains(Rag.AMBER);
    assertThat(status.reason())
        .isEqualTo(
            "Amber: 72.7% is 3.1 percentage points (4.1%) below the November target of 75.8%;"
                + " the tolerance is 10% of the target (7.6 points)");
  }

  @Test
  void writesTheTargetWithTheDecimalsItNeedsSoThatTheGapAddsUp() {
    // given a percentage shown to one decimal, and an April target of 89.65%
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);

    // when
    Status status =
        StatusRule.rate(measure, reported("2017-04", "90.0"), point("89.65"), Tolerance.DEFAULT);

    // then, not "90.0% is 0.4 percentage points above the April target of 89.7%"
    assertThat(status.reason())
        .isEqualTo("Green: 90.00% is 0.35 percentage points above the April target of 89.65%");
  }

  @ParameterizedTest(name = "{0}: {1} against a target of 80 is {2}")
  @CsvSource(
      textBlock =
          """
          MAXIMISE,   80,          GREEN
          MAXIMISE,   80.0000,     GREEN
          MAXIMISE,   80.01,       GREEN
          MAXIMISE,   200,         GREEN
          MAXIMISE,   79.99,       AMBER
          MAXIMISE,   72.00,       AMBER
          MAXIMISE,   71.999999,   RED
          MAXIMISE,   71.96,       RED
          MAXIMISE,   0,           RED
          MINIMISE,   80,          GREEN
          MINIMISE,   79.99,       GREEN
          MINIMISE,   0,           GREEN
          MINIMISE,   80.01,       AMBER
          MINIMISE,   88,          AMBER
          MINIMISE,   88.000001,   RED
          GOLDILOCKS, 80,          GREEN
          GOLDILOCKS, 80.01,       AMBER
          GOLDILOCKS, 79.99,       AMBER
          GOLDILOCKS, 88,          AMBER
          GOLDILOCKS, 72,          AMBER
          GOLDILOCKS, 88.000001,   RED
          GOLDILOCKS, 71.999999,   RED
          """)
  void ratesAgainstASingleValueWithTheDefaultTolerance(
      Polarity polarity, String figure, Rag expected) {
    // given a 1-decimal percentage, so 71.96 shows as 72.0 but is rated at full precision
    Measure measure = Measures.percentage(1, polarity);

    // when
    Status status =
        StatusRule.rate(measure, reported("2016-11", figure), point("80"), Tolerance.DEFAULT);

    // then
    assertThat(status.rag()).contains(expected);
    assertThat(status.reason()).startsWith(expected.label() + ": ");
  }

  @ParameterizedTest(name = "{0}: {1} against a target of {2} with 10% relative is {3}")
  @CsvSource(
      textBlock =
          """
          MAXIMISE, -10,     -10, GREEN
          MAXIMISE, -9,      -10, GREEN
          MAXIMISE, -11,     -10, AMBER
          MAXIMISE, -11.01,  -10, RED
          MINIMISE, -9,      -10, AMBER
          MINIMISE, -8.99,   -10, RED
          MINIMISE, -10.5,   -10, GREEN
          MAXIMISE, -0.01,     0, RED
          MAXIMISE, 0,         0, GREEN
          MINIMISE, 0.000001,  0, RED
          MINIMISE, 0,         0, GREEN
          GOLDILOCKS, 0.01,    0, RED
          """)
  void takesARelativeToleranceAsAShareOfTheTargetsAbsoluteValue(
      Polarity polarity, String figure, String target, Rag expected) {
    // given
    Measure measure = Measures.plainNumber(polarity);

    // when
    Status status =
        StatusRule.rate(
            measure, reported("2016-11", figure), point(target), Tolerance.relative("0.10"));

    // then
    assertThat(status.rag()).contains(expected);
  }

  @ParameterizedTest(name = "{0}: {1} against 75.8 with {2} points absolute is {3}")
  @CsvSource(
      textBlock =
          """
          MAXIMISE,   75.8,   2, GREEN
          MAXIMISE,   73.8,   2, AMBER
          MAXIMISE,   73.79,  2, RED
          MINIMISE,   77.8,   2, AMBER
          MINIMISE,   77.81,  2, RED
          GOLDILOCKS, 77.8,   2, AMBER
          GOLDILOCKS, 73.79,  2, RED
          MAXIMISE,   75.79,  0, RED
          MAXIMISE,   70,    10, AMBER
          """)
  void takesAnAbsoluteToleranceInTheIndicatorsUnit(
      Polarity polarity, String figure, String points, Rag expected) {
    // given
    Measure measure = Measures.percentage(2, polarity);

    // when
    Status status =
        StatusRule.rate(
            measure, reported("2016-11", figure), point("75.8"), Tolerance.absolute(points));

    // then
    assertThat(status.rag()).contains(expected);
  }

  @Test
  void givesAnAbsoluteToleranceEvenToAZeroTarget() {
    // given
    Measure measure = Measures.plainNumber(Polarity.MINIMISE);

    // when
    Status status =
        StatusRule.rate(measure, reported("2016-11", "0.5"), point("0"), Tolerance.absolute("0.5"));

    // then
    assertThat(status.rag()).contains(Rag.AMBER);
  }

  @ParameterizedTest(name = "range 57.3-68.3 with 10% relative: {0} is {1}")
  @CsvSource(
      textBlock =
          """
          57.3,     GREEN
          68.3,     GREEN
          62,       GREEN
          68.31,    AMBER
          75,       AMBER
          75.13,    AMBER
          75.1301,  RED
          57.29,    AMBER
          51.6,     AMBER
          51.57,    AMBER
          51.5699,  RED
          40,       RED
          """)
  void ratesAGoldilocksFigureToTheNearerEdgeRelativeToThatEdge(String figure, Rag expected) {
    // given 75 is 6.7 above the top: within 10% of 68.3 (6.83), not of 57.3 (5.73)
    Measure measure = rateOfLookedAfterChildren();

    // when
    Status status =
        StatusRule.rate(
            measure, reported("2016-11", figure), band("57.3", "68.3"), Tolerance.DEFAULT);

    // then
    assertThat(status.rag()).contains(expected);
  }

  @ParameterizedTest(name = "{0} against the range 57.3-68.3 ({2}): {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          68.2 | Green: 68.2 is inside the November target range of 57.3 to 68.3 | inside
          70   | Amber: 70.0 is 1.7 (2.5%) above the top of the November target range of 57.3 to 68.3; the tolerance is 10% of that edge (6.8) | above
          50   | Red: 50.0 is 7.3 (12.7%) below the bottom of the November target range of 57.3 to 68.3; the tolerance is 10% of that edge (5.7) | below
          """)
  void explainsAGoldilocksStatusAgainstTheNearerEdge(String figure, String reason, String where) {
    // given
    Measure measure = rateOfLookedAfterChildren();

    // when
    Status status =
        StatusRule.rate(
            measure, reported("2016-11", figure), band("57.3", "68.3"), Tolerance.DEFAULT);

    // then
    assertThat(status.reason()).isEqualTo(reason);
  }

  @Test
  void treatsAGoldilocksSingleValueAsARangeOfZeroWidth() {
    // given
    Measure measure = rateOfLookedAfterChildren();

    // when
    Status asPoint =
        StatusRule.rate(measure, reported("2016-11", "70"), point("66"), Tolerance.DEFAULT);
    Status asBand =
        StatusRule.rate(measure, reported("2016-11", "70"), band("66", "66"), Tolerance.DEFAULT);
    Status onIt =
        StatusRule.rate(measure, reported("2016-11", "66"), point("66"), Tolerance.DEFAULT);

    // then
    assertThat(asPoint).isEqualTo(asBand);
    assertThat(asPoint.rag()).contains(Rag.AMBER);
    assertThat(asPoint.reason()).contains("4.0 (6.1%) above the November target of 66.0");
    assertThat(onIt.reason()).isEqualTo("Green: 66.0 is on the November target of 66.0");
  }

  @ParameterizedTest(name = "{0} against a range 57.3-68.3 rated at its {2} edge: {1} is {3}")
  @CsvSource(
      textBlock =
          """
          MAXIMISE, 57.3, bottom, GREEN
          MAXIMISE, 56,   bottom, AMBER
          MINIMISE, 68.3, top,    GREEN
          MINIMISE, 69,   top,    AMBER
          """)
  void ratesAMaximiseOrMinimiseFigureAgainstTheEdgeOfARangeThatMatters(
      Polarity polarity, String figure, String edge, Rag expected) {
    // given
    Measure measure = Measures.plainNumber(polarity);

    // when
    Status status =
        StatusRule.rate(
            measure, reported("2016-11", figure), band("57.3", "68.3"), Tolerance.DEFAULT);

    // then
    assertThat(status.rag()).contains(expected);
  }

  @ParameterizedTest(name = "73 against 80, indicator {0}, organisation {1}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -     | -     | 10% of the target (8.00 points) | AMBER
          -     | a2    | 2.00 percentage points          | RED
          -     | r0.09 | 9% of the target (7.20 points)  | AMBER
          r0.05 | a2    | 5% of the target (4.00 points)  | RED
          a7    | r0.05 | 7.00 percentage points          | AMBER
          a6.99 | -     | 6.99 percentage points          | RED
          """)
  void usesTheIndicatorsToleranceOverTheOrganisationsOverTheDefault(
      String indicator, String organisation, String describedAs, Rag expected) {
    // given
    Tolerance tolerance = Tolerance.effective(tolerance(indicator), tolerance(organisation));
    Measure measure = Measures.percentage(2, Polarity.MAXIMISE);

    // when
    Status status = StatusRule.rate(measure, reported("2016-11", "73"), point("80"), tolerance);

    // then
    assertThat(status.rag()).contains(expected);
    assertThat(status.reason()).endsWith("; the tolerance is " + describedAs);
  }

  @Test
  void defaultsToTenPercentRelative() {
    assertThat(Tolerance.DEFAULT).isEqualTo(new Tolerance.Relative(decimal("0.10")));
    assertThat(Tolerance.effective(Optional.empty(), Optional.empty())).isSameAs(Tolerance.DEFAULT);
  }

  @ParameterizedTest(name = "a relative share of {0} is refused")
  @CsvSource({"-0.01", "1.01"})
  void refusesARelativeShareOutsideZeroToOne(String share) {
    assertThatThrownBy(() -> Tolerance.relative(share))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesANegativeAbsoluteTolerance() {
    assertThatThrownBy(() -> Tolerance.absolute("-1")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "no status when {0}")
  @EnumSource(NoStatusReason.class)
  void givesNoStatusWithItsReason(NoStatusReason cause) {
    // given
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    TargetForPeriod target = point("75.8");
    ReportedFigure figure = reported("2016-11", "72.7");
    switch (cause) {
      case NO_TARGET -> target = new TargetForPeriod.None();
      case TARGET_TBC -> target = new TargetForPeriod.Tbc("awaiting national data");
      case NO_DATA -> figure = none("2016-11", NoValue.NO_DATA);
      case NO_VALUE -> figure = none("2016-11", NoValue.ZERO_DENOMINATOR);
      case NOT_APPROVED -> figure = provisional("2016-11", "72.7");
      case NO_TARGET_SET -> {}
    }

    // when
    Status status =
        cause == NoStatusReason.NO_TARGET_SET
            ? StatusRule.noTargetSet(new FinancialYear(2016))
            : StatusRule.rate(measure, figure, target, Tolerance.DEFAULT);

    // then
    assertThat(status).isInstanceOf(Status.Unrated.class);
    assertThat(((Status.Unrated) status).cause()).isEqualTo(cause);
    assertThat(status.rag()).isEmpty();
    assertThat(status.reason()).startsWith("No status").contains(expectedReason(cause));
  }

  private static String expectedReason(NoStatusReason cause) {
    return switch (cause) {
      case NO_TARGET -> "has no target; it is monitored for its trend only";
      case TARGET_TBC -> "the target is to be confirmed (awaiting national data)";
      case NO_DATA -> "for Nov 2016: no figure has been entered";
      case NO_VALUE -> "for Nov 2016: the denominator is zero";
      case NOT_APPROVED -> "the Nov 2016 figure is awaiting approval";
      case NO_TARGET_SET -> "no target has been set for 2016/17";
    };
  }

  @Test
  void ratesAnIncompleteFigureAndSaysWhatItCovers() {
    // given no figure for July
    Measure measure = Measures.cumulativeCount();
    ReportedFigure figure =
        Aggregation.forPeriod(
            measure,
            aMonthlySeries().fromText("2016-04", "100 100 100 - 100 100 100 100").build(),
            month("2016-11"));

    // when
    Status status = StatusRule.rate(measure, figure, point("760"), Tolerance.DEFAULT);

    // then
    assertThat(status.rag()).contains(Rag.AMBER);
    assertThat(status.reason()).endsWith("; the figure covers Apr-Nov, 7 of 8 months only");
  }

  @Test
  void givesNoStatusForAZeroDenominatorReportedByTheAggregation() {
    // given
    Measure measure = Measures.cumulativePercentageWithComponents();
    ReportedFigure figure =
        Aggregation.forPeriod(
            measure, aMonthlySeries().fromText("2016-04", "0/0 0/0").build(), month("2016-05"));

    // when
    Status status = StatusRule.rate(measure, figure, point("80"), Tolerance.DEFAULT);

    // then
    assertThat(status.rag()).isEmpty();
    assertThat(((Status.Unrated) status).cause()).isEqualTo(NoStatusReason.NO_VALUE);
  }

  @ParameterizedTest(name = "{0} {1} against {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MAXIMISE | 80   | 80   | Green: 80.0% is on the November target of 80.0%
          MAXIMISE | 87.3 | 80   | Green: 87.3% is 7.3 percentage points above the November target of 80.0%
          MINIMISE | 1.43 | 1.77 | Green: 1.43% is 0.34 percentage points below the November target of 1.77%
          MINIMISE | 2    | 1.77 | Red: 2.0% is 0.2 percentage points (13.0%) above the November target of 1.8%; the tolerance is 10% of the target (0.2 points)
          MAXIMISE | 60   | 75.8 | Red: 60.0% is 15.8 percentage points (20.8%) below the November target of 75.8%; the tolerance is 10% of the target (7.6 points)
          """)
  void explainsWhereTheFigureStandsAgainstItsTarget(
      Polarity polarity, String figure, String target, String reason) {
    // given
    Measure measure = Measures.percentage(1, polarity);

    // when
    Status status =
        StatusRule.rate(measure, reported("2016-11", figure), point(target), Tolerance.DEFAULT);

    // then
    assertThat(status.reason()).isEqualTo(reason);
  }

  @Test
  void explainsAnAbsoluteToleranceAndAZeroTarget() {
    // given
    Measure measure = Measures.percentage(1, Polarity.MINIMISE);

    // when
    Status absolute =
        StatusRule.rate(measure, reported("2016-11", "3"), point("1.77"), Tolerance.absolute("2"));
    Status zero =
        StatusRule.rate(measure, reported("2016-11", "0.4"), point("0"), Tolerance.DEFAULT);

    // then
    assertThat(absolute.reason())
        .startsWith("Amber: 3.0% is 1.2 percentage points (69.5%) above")
        .endsWith("the tolerance is 2.0 percentage points");
    assertThat(zero.rag()).contains(Rag.RED);
    assertThat(zero.reason())
        .isEqualTo(
            "Red: 0.4% is 0.4 percentage points above the November target of 0.0%;"
                + " the tolerance is 10% of the target, which is nothing for a target of zero");
  }

  @Test
  void namesAProfiledTargetInTheReason() {
    // given a cumulative count of volunteer hours, 13,000 a year, at November
    Measure measure = Measures.cumulativeCount();
    TargetForPeriod november =
        TargetForPeriod.of(new Target.SingleValue(decimal("13000")), measure, month("2016-11"));

    // when
    Status status =
        StatusRule.rate(measure, reported("2016-11", "11310"), november, Tolerance.DEFAULT);

    // then
    assertThat(status.rag()).contains(Rag.GREEN);
    assertThat(status.reason())
        .isEqualTo(
            "Green: 11,310 is 2,643 above the November target of 8,667"
                + " (profiled evenly from 13,000 a year)");
  }

  @Test
  void keepsTheComputedStatusBesideAnOverride() {
    // given
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    Status computed =
        StatusRule.rate(measure, reported("2016-11", "60"), point("75.8"), Tolerance.DEFAULT);

    // when
    Status overridden =
        StatusRule.override(
            computed, Rag.GREEN, "Meets the national threshold", "Head of PMO", NOW);

    // then
    assertThat(overridden.rag()).contains(Rag.GREEN);
    assertThat(overridden.reason()).isEqualTo("Meets the national threshold");
    Status.Overridden override = (Status.Overridden) overridden;
    assertThat(override.computed()).isEqualTo(computed);
    assertThat(override.computed().rag()).contains(Rag.RED);
    assertThat(override.by()).isEqualTo("Head of PMO");
    assertThat(override.at()).isEqualTo(NOW);
  }

  @Test
  void keepsTheOriginalComputedStatusWhenAnOverrideIsOverridden() {
    // given
    Status computed = new Status.Rated(Rag.RED, "Red: computed");
    Status first = StatusRule.override(computed, Rag.GREEN, "national threshold", "A", NOW);

    // when
    Status second = StatusRule.override(first, Rag.AMBER, "second thoughts", "B", NOW);

    // then
    assertThat(((Status.Overridden) second).computed()).isEqualTo(computed);
  }

  @ParameterizedTest(name = "an override with reason ''{0}'' is refused")
  @CsvSource(value = {"''", "'   '"})
  void requiresAReasonToOverride(String reason) {
    // given
    Status computed = new Status.Rated(Rag.RED, "Red: computed");

    // then
    assertThatThrownBy(() -> StatusRule.override(computed, Rag.GREEN, reason, "A", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> StatusRule.override(computed, Rag.GREEN, null, "A", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatusRule.override(computed, Rag.GREEN, "why", reason, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Measure rateOfLookedAfterChildren() {
    return aMeasure().unit(Unit.RATE_PER_10000).decimals(1).goldilocks().snapshot().build();
  }

  private static TargetForPeriod point(String value) {
    return new TargetForPeriod.Point(exact(value), "");
  }

  private static TargetForPeriod band(String low, String high) {
    return new TargetForPeriod.Band(exact(low), exact(high));
  }

  private static Optional<Tolerance> tolerance(String written) {
    if (written.equals("-")) {
      return Optional.empty();
    }
    String amount = written.substring(1);
    return Optional.of(
        written.startsWith("r") ? Tolerance.relative(amount) : Tolerance.absolute(amount));
  }
}
