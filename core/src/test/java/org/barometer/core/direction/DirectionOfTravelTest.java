package org.barometer.core.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.Months.month;
import static org.barometer.core.fixture.Months.quarter;
import static org.barometer.core.fixture.ReportedFigures.none;
import static org.barometer.core.fixture.ReportedFigures.reported;
import static org.barometer.core.fixture.ReportedFigures.underDefinition;
import static org.barometer.core.fixture.SeriesBuilder.aMonthlySeries;
import static org.barometer.core.fixture.Values.exact;

import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.aggregation.ReportedFigure.NoValue;
import org.barometer.core.fixture.Measures;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.Period;
import org.barometer.core.target.TargetForPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionOfTravelTest {

  private static final TargetForPeriod ANY_TARGET = new TargetForPeriod.Point(exact("80"), "");

  @ParameterizedTest(name = "{0} with {3} decimals: {2} then {1} is {4}")
  @CsvSource(
      textBlock =
          """
          MAXIMISE, 80,     75,     1, IMPROVED
          MAXIMISE, 75,     80,     1, WORSENED
          MINIMISE, 80,     75,     1, WORSENED
          MINIMISE, 75,     80,     1, IMPROVED
          MAXIMISE, 80.004, 80.001, 2, NO_CHANGE
          MINIMISE, 80.001, 80.004, 2, NO_CHANGE
          MAXIMISE, 80.005, 80.004, 2, IMPROVED
          MAXIMISE, 80.006, 80.001, 2, IMPROVED
          MINIMISE, 80.006, 80.001, 2, WORSENED
          MAXIMISE, 80.4,   79.6,   0, NO_CHANGE
          MAXIMISE, 80.5,   80.4,   0, IMPROVED
          MAXIMISE, 80,     80,     1, NO_CHANGE
          """)
  void judgesBetterByPolarityAndEqualityAtDisplayPrecision(
      Polarity polarity, String now, String then, int decimals, Direction expected) {
    // given
    Measure measure = Measures.percentage(decimals, polarity);

    // when
    DirectionOfTravel direction =
        DirectionOfTravel.between(
            measure,
            reported("2016-11", now),
            reported("2016-10", then),
            Comparison.PREVIOUS_PERIOD,
            ANY_TARGET);

    // then
    assertThat(direction.direction()).isEqualTo(expected);
    assertThat(direction.reason()).startsWith(expected.label() + ": ");
  }

  @ParameterizedTest(name = "Nov 2016 {0} against {1}: {2}")
  @CsvSource(
      textBlock =
          """
          80, PREVIOUS_PERIOD,       WORSENED,  Oct 2016
          80, SAME_PERIOD_LAST_YEAR, IMPROVED,  Nov 2015
          85, PREVIOUS_PERIOD,       NO_CHANGE, Oct 2016
          """)
  void comparesWithThePreviousPeriodOrTheSamePeriodLastYear(
      String november, Comparison comparison, Direction expected, String earlierLabel) {
    // given
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    Series series =
        aMonthlySeries()
            .month("2015-11", "70")
            .month("2016-10", "85")
            .month("2016-11", november)
            .build();

    // when
    DirectionOfTravel direction =
        DirectionOfTravel.of(measure, series, month("2016-11"), comparison, ANY_TARGET);

    // then
    assertThat(direction.direction()).isEqualTo(expected);
    assertThat(direction.comparison()).isEqualTo(comparison);
    assertThat(direction.reason()).contains("in " + earlierLabel + " (" + comparison.label() + ")");
  }

  @Test
  void comparesACumulativeCountWithTheSameMonthsLastYear() {
    // given 2015/16 Apr-Nov sums to 80, 2016/17 Apr-Nov to 88
    Measure measure = Measures.cumulativeCount();
    Series series =
        aMonthlySeries()
            .fromText("2015-04", "10 10 10 10 10 10 10 10 10 10 10 10")
            .fromText("2016-04", "11 11 11 11 11 11 11 11")
            .build();
    Comparison comparison = Comparison.defaultFor(AggregationKind.CUMULATIVE);

    // when
    DirectionOfTravel direction =
        DirectionOfTravel.of(measure, series, month("2016-11"), comparison, ANY_TARGET);

    // then
    assertThat(direction.direction()).isEqualTo(Direction.IMPROVED);
    assertThat(direction.reason())
        .isEqualTo("Improved: 88 in Nov 2016 against 80 in Nov 2015 (the same period last year)");
  }

  @Test
  void findsNoComparablePreviousPeriodForARunningTotalAtTheYearStart() {
    // given 2016/17's total of 16,650 by March and 2017/18's first month of 1,450
    Measure measure = Measures.cumulativeCount();
    Series series =
        aMonthlySeries()
            .fromText("2016-04", "1200 1300 1400 1400 1400 1400 1400 1400 1400 1450 1450 1450")
            .fromText("2017-04", "1450 1500")
            .build();

    // when
    DirectionOfTravel april =
        DirectionOfTravel.of(
            measure, series, month("2017-04"), Comparison.PREVIOUS_PERIOD, ANY_TARGET);
    DirectionOfTravel may =
        DirectionOfTravel.of(
            measure, series, month("2017-05"), Comparison.PREVIOUS_PERIOD, ANY_TARGET);
    DirectionOfTravel againstLastApril =
        DirectionOfTravel.of(
            measure, series, month("2017-04"), Comparison.SAME_PERIOD_LAST_YEAR, ANY_TARGET);

    // then, not "Worsened: 1,450 against 16,650"
    assertThat(april.direction()).isEqualTo(Direction.NOT_COMPARABLE);
    assertThat(april.reason())
        .isEqualTo(
            "Not comparable: Apr 2017 starts 2017/18's year-to-date figure, which Mar 2017's, the"
                + " whole of 2016/17, does not compare with; see the same period last year");
    assertThat(may.direction()).isNotEqualTo(Direction.NOT_COMPARABLE);
    assertThat(againstLastApril.direction()).isEqualTo(Direction.IMPROVED);
  }

  @Test
  void comparesASnapshotAcrossTheYearStartAsUsual() {
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    Series series = aMonthlySeries().fromText("2017-03", "70.0 71.0").build();

    DirectionOfTravel april =
        DirectionOfTravel.of(
            measure, series, month("2017-04"), Comparison.PREVIOUS_PERIOD, ANY_TARGET);

    assertThat(april.direction()).isEqualTo(Direction.IMPROVED);
  }

  @ParameterizedTest(name = "{0} is compared by default with {1}")
  @CsvSource(
      textBlock =
          """
          CUMULATIVE,           SAME_PERIOD_LAST_YEAR
          YEAR_TO_DATE_AVERAGE, SAME_PERIOD_LAST_YEAR
          SNAPSHOT,             PREVIOUS_PERIOD
          ROLLING_QUARTER,      PREVIOUS_PERIOD
          ROLLING_12_MONTHS,    PREVIOUS_PERIOD
          """)
  void choosesTheDefaultComparisonByAggregationKind(AggregationKind kind, Comparison expected) {
    assertThat(Comparison.defaultFor(kind)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "a {0} snapshot is compared by default with {1}")
  @CsvSource(
      textBlock =
          """
          PERIOD,             PREVIOUS_PERIOD
          YEAR_TO_DATE_RATE,  SAME_PERIOD_LAST_YEAR
          YEAR_TO_DATE_TOTAL, SAME_PERIOD_LAST_YEAR
          """)
  void comparesASnapshotEnteredYearToDateWithLastYear(EntryBasis basis, Comparison expected) {
    Measure measure =
        Measure.of(
            org.barometer.core.indicator.Unit.PERCENTAGE,
            2,
            org.barometer.core.indicator.Polarity.MAXIMISE,
            AggregationKind.SNAPSHOT,
            basis);

    assertThat(Comparison.defaultFor(measure)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} before {1} is {2}")
  @CsvSource(
      textBlock =
          """
          PREVIOUS_PERIOD,       2016-04, Mar 2016
          PREVIOUS_PERIOD,       2017-01, Dec 2016
          SAME_PERIOD_LAST_YEAR, 2016-11, Nov 2015
          """)
  void findsTheEarlierPeriod(Comparison comparison, String month, String earlier) {
    assertThat(comparison.earlierThan(month(month)).label()).isEqualTo(earlier);
  }

  @Test
  void findsTheEarlierQuarterAcrossTheYearBoundary() {
    // given
    Period q1 = quarter("2016/17", 1);

    // then
    assertThat(Comparison.PREVIOUS_PERIOD.earlierThan(q1)).isEqualTo(quarter("2015/16", 4));
    assertThat(Comparison.SAME_PERIOD_LAST_YEAR.earlierThan(q1)).isEqualTo(quarter("2015/16", 1));
  }

  @ParameterizedTest(name = "range 57.3-68.3: {1} then {0} is {2}")
  @CsvSource(
      textBlock =
          """
          69,    70,   IMPROVED
          70,    69,   WORSENED
          60,    50,   IMPROVED
          50,    60,   WORSENED
          65,    60,   NO_CHANGE
          68.3,  57.3, NO_CHANGE
          56,    70,   IMPROVED
          70,    56.6, WORSENED
          56.3,  69.3, NO_CHANGE
          68.34, 68.3, NO_CHANGE
          """)
  void judgesAGoldilocksFigureByItsClosenessToTheRange(
      String now, String then, Direction expected) {
    // given
    Measure measure = rateOfLookedAfterChildren();
    TargetForPeriod range = new TargetForPeriod.Band(exact("57.3"), exact("68.3"));

    // when
    DirectionOfTravel direction =
        DirectionOfTravel.between(
            measure,
            reported("2016-11", now),
            reported("2016-10", then),
            Comparison.PREVIOUS_PERIOD,
            range);

    // then
    assertThat(direction.direction()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "range 57.3-68.3: {1} then {0} reads ''{2}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          65   | 60   | No change: 65.0 in Nov 2016 against 60.0 in Oct 2016 (the previous period), both inside the target range
          56.3 | 69.3 | No change: 56.3 in Nov 2016 against 69.3 in Oct 2016 (the previous period), both as close to the target range
          70   | 70   | No change: 70.0 in Nov 2016 against 70.0 in Oct 2016 (the previous period), equal at the displayed precision
          69   | 70   | Improved: 69.0 in Nov 2016 against 70.0 in Oct 2016 (the previous period)
          """)
  void explainsAGoldilocksDirection(String now, String then, String reason) {
    // when
    DirectionOfTravel direction =
        DirectionOfTravel.between(
            rateOfLookedAfterChildren(),
            reported("2016-11", now),
            reported("2016-10", then),
            Comparison.PREVIOUS_PERIOD,
            new TargetForPeriod.Band(exact("57.3"), exact("68.3")));

    // then
    assertThat(direction.reason()).isEqualTo(reason);
  }

  @ParameterizedTest(name = "single value 66: {1} then {0} is {2}")
  @CsvSource(
      textBlock =
          """
          67, 69, IMPROVED
          64, 67, WORSENED
          65, 67, NO_CHANGE
          66, 66, NO_CHANGE
          """)
  void judgesAGoldilocksFigureAgainstASingleValueAsARangeOfZeroWidth(
      String now, String then, Direction expected) {
    // given
    Measure measure = rateOfLookedAfterChildren();

    // when
    DirectionOfTravel direction =
        DirectionOfTravel.between(
            measure,
            reported("2016-11", now),
            reported("2016-10", then),
            Comparison.PREVIOUS_PERIOD,
            new TargetForPeriod.Point(exact("66"), ""));

    // then
    assertThat(direction.direction()).isEqualTo(expected);
  }

  @Test
  void cannotJudgeAGoldilocksFigureWithoutARange() {
    // when
    DirectionOfTravel direction =
        DirectionOfTravel.between(
            rateOfLookedAfterChildren(),
            reported("2016-11", "60"),
            reported("2016-10", "70"),
            Comparison.PREVIOUS_PERIOD,
            new TargetForPeriod.Tbc(""));

    // then
    assertThat(direction.direction()).isEqualTo(Direction.NOT_COMPARABLE);
  }

  @ParameterizedTest(name = "{0}: not comparable")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no earlier figure        | no figure for Oct 2016 (the previous period)
          earlier zero denominator | no figure for Oct 2016 (the previous period)
          no current figure        | no figure for Nov 2016
          changed definition       | the definition changed between Oct 2016 and Nov 2016
          """)
  void saysWhenFiguresAreNotComparable(String situation, String why) {
    // given
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    ReportedFigure current = reported("2016-11", "80");
    ReportedFigure earlier = reported("2016-10", "75");
    switch (situation) {
      case "no earlier figure" -> earlier = none("2016-10", NoValue.NO_DATA);
      case "earlier zero denominator" -> earlier = none("2016-10", NoValue.ZERO_DENOMINATOR);
      case "no current figure" -> current = none("2016-11", NoValue.NO_DATA);
      default -> current = underDefinition(2, "2016-11", "80");
    }

    // when
    DirectionOfTravel direction =
        DirectionOfTravel.between(
            measure, current, earlier, Comparison.PREVIOUS_PERIOD, ANY_TARGET);

    // then
    assertThat(direction.direction()).isEqualTo(Direction.NOT_COMPARABLE);
    assertThat(direction.reason()).isEqualTo("Not comparable: " + why);
  }

  @Test
  void doesNotCompareAcrossAChangedDefinitionInASeries() {
    // given
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    Series series =
        aMonthlySeries().month("2016-10", "75").underDefinition(2, "2016-11", "80").build();

    // when
    DirectionOfTravel direction =
        DirectionOfTravel.of(
            measure, series, month("2016-11"), Comparison.PREVIOUS_PERIOD, ANY_TARGET);

    // then
    assertThat(direction.direction()).isEqualTo(Direction.NOT_COMPARABLE);
  }

  @Test
  void explainsTheComparison() {
    // given
    Measure measure = Measures.percentage(2, Polarity.MAXIMISE);

    // when
    DirectionOfTravel improved =
        DirectionOfTravel.between(
            measure,
            reported("2016-11", "87.34"),
            reported("2015-11", "85.1"),
            Comparison.SAME_PERIOD_LAST_YEAR,
            ANY_TARGET);
    DirectionOfTravel same =
        DirectionOfTravel.between(
            measure,
            reported("2016-11", "80.004"),
            reported("2016-10", "80.001"),
            Comparison.PREVIOUS_PERIOD,
            ANY_TARGET);

    // then
    assertThat(improved.reason())
        .isEqualTo(
            "Improved: 87.34% in Nov 2016 against 85.10% in Nov 2015 (the same period last year)");
    assertThat(same.reason())
        .isEqualTo(
            "No change: 80.00% in Nov 2016 against 80.00% in Oct 2016 (the previous period),"
                + " equal at the displayed precision");
  }

  private static Measure rateOfLookedAfterChildren() {
    return aMeasure().unit(Unit.RATE_PER_10000).decimals(1).goldilocks().snapshot().build();
  }
}
