package org.barometer.core.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.Months.month;
import static org.barometer.core.fixture.Months.quarter;
import static org.barometer.core.fixture.Months.year;
import static org.barometer.core.fixture.Months.yearMonth;
import static org.barometer.core.fixture.SeriesBuilder.aMonthlySeries;
import static org.barometer.core.fixture.SeriesBuilder.aSeries;
import static org.barometer.core.fixture.Values.exact;

import java.util.List;
import java.util.Optional;
import org.barometer.core.aggregation.ReportedFigure.NoValue;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Combination;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregationTest {

  @ParameterizedTest(name = "{0} count of [{2}] from {1}, at {3}: {4} ({5})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CUMULATIVE           | 2016-04 | 10 20 30            | 2016-06 | 60     | Apr-Jun, 3 of 3 months
          CUMULATIVE           | 2016-04 | 10 20 30            | 2016-04 | 10     | Apr 2016
          CUMULATIVE           | 2016-01 | 5 5 5 10 20         | 2016-05 | 30     | Apr-May, 2 of 2 months
          CUMULATIVE           | 2016-04 | 10 20 30 40 50 60 70 80 90 100 110 120 | 2017-03 | 780 | Apr-Mar, 12 of 12 months
          SNAPSHOT             | 2016-04 | 10 20 30            | 2016-05 | 20     | May 2016
          YEAR_TO_DATE_AVERAGE | 2016-04 | 10 20 30            | 2016-06 | 20     | Apr-Jun, 3 of 3 months
          YEAR_TO_DATE_AVERAGE | 2016-04 | 1 2                 | 2016-05 | 3/2    | Apr-May, 2 of 2 months
          YEAR_TO_DATE_AVERAGE | 2016-03 | 100 1 2             | 2016-05 | 3/2    | Apr-May, 2 of 2 months
          ROLLING_QUARTER      | 2017-01 | 1 2 4 8             | 2017-03 | 7      | Jan-Mar, 3 of 3 months
          ROLLING_QUARTER      | 2017-01 | 1 2 4 8             | 2017-04 | 14     | Feb-Apr, 3 of 3 months
          ROLLING_QUARTER      | 2017-01 | 1 2 4 8             | 2017-05 | 12     | Mar-May, 2 of 3 months
          ROLLING_12_MONTHS    | 2015-12 | 1 2 3 4 5 6 7 8 9 10 11 12 13 | 2016-11 | 78 | Dec-Nov, 12 of 12 months
          ROLLING_12_MONTHS    | 2015-12 | 1 2 3 4 5 6 7 8 9 10 11 12 13 | 2016-12 | 90 | Jan-Dec, 12 of 12 months
          ROLLING_12_MONTHS    | 2015-12 | 1 2 3 4 5 6 7 8 9 10 11 12 13 | 2017-04 | 76 | May-Apr, 8 of 12 months
          """)
  void combinesCountsByAggregationKind(
      AggregationKind kind,
      String firstMonth,
      String figures,
      String reportMonth,
      String expected,
      String coverage) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).build();
    Series series = aMonthlySeries().fromText(firstMonth, figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month(reportMonth));

    // then
    assertThat(reported.value()).contains(exact(expected));
    assertThat(reported.period()).isEqualTo(month(reportMonth));
    assertThat(reported.coverage().label()).isEqualTo(coverage);
  }

  @ParameterizedTest(name = "{0} percentage of [{2}] from {1}, at {3}: {4}, not {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CUMULATIVE           | 2016-04 | 45/50 1/10           | 2016-05 | 4600/60 | 50
          CUMULATIVE           | 2016-04 | 9/10 90/100 1/1000   | 2016-06 | 10000/1110 | 60.03
          YEAR_TO_DATE_AVERAGE | 2016-04 | 45/50 1/10           | 2016-05 | 4600/60 | 50
          ROLLING_QUARTER      | 2017-02 | 9/10 1/10 30/30      | 2017-04 | 80      | 200/3
          ROLLING_12_MONTHS    | 2016-05 | 1/2 1/2 1/2 1/2 1/2 1/2 1/2 1/2 1/2 1/2 1/2 1/98 | 2017-04 | 1200/120 | 27000/588
          """)
  void combinesComponentsAsTheRatioOfTheirSumsNeverTheMeanOfMonthlyPercentages(
      AggregationKind kind,
      String firstMonth,
      String figures,
      String reportMonth,
      String ratioOfSums,
      String meanOfPercentages) {
    // given
    Measure measure =
        aMeasure().percentage().decimals(2).aggregation(kind).withComponents().build();
    Series series = aMonthlySeries().fromText(firstMonth, figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month(reportMonth));

    // then
    assertThat(measure.combination()).isEqualTo(Combination.RATIO_OF_SUMS);
    assertThat(reported.value()).contains(exact(ratioOfSums));
    assertThat(reported.value().get()).isNotEqualTo(exact(meanOfPercentages));
  }

  @ParameterizedTest(name = "{0} per {1}: {2} is {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PERCENTAGE      | 100    | 45/50     | 90
          RATE_PER_1000   | 1000   | 3/1500    | 2
          RATE_PER_10000  | 10000  | 250/36000 | 625/9
          RATE_PER_100000 | 100000 | 38/100000 | 38
          """)
  void multipliesTheRatioByTheUnitsMultiplier(
      Unit unit, String multiplier, String figure, String expected) {
    // given
    Measure measure = aMeasure().unit(unit).snapshot().withComponents().build();
    Series series = aMonthlySeries().month("2016-11", figure).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month("2016-11"));

    // then
    assertThat(unit.multiplier()).isEqualByComparingTo(multiplier);
    assertThat(reported.value()).contains(exact(expected));
  }

  @ParameterizedTest(name = "a {0} percentage without components of [{2}] at {3}: the mean {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          YEAR_TO_DATE_AVERAGE | 2016-04 | 90 10 50        | 2016-06 | 50
          ROLLING_QUARTER      | 2017-02 | 90 10 20        | 2017-04 | 40
          ROLLING_QUARTER      | 2017-02 | 1.97 1.5 2      | 2017-04 | 5.47/3
          """)
  void averagesRatesCollectedWithoutComponents(
      AggregationKind kind, String firstMonth, String figures, String reportMonth, String mean) {
    // given
    Measure measure = aMeasure().percentage().decimals(2).aggregation(kind).build();
    Series series = aMonthlySeries().fromText(firstMonth, figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month(reportMonth));

    // then
    assertThat(measure.combination()).isEqualTo(Combination.MEAN);
    assertThat(reported.value()).contains(exact(mean));
  }

  @ParameterizedTest(name = "entered year to date as {0}: [{1}] at {2} is {3} as entered")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          YEAR_TO_DATE_TOTAL | 8.5 17.2 26.0         | 2016-06 | 26.0
          YEAR_TO_DATE_TOTAL | 8.5 17.2 26.0         | 2016-04 | 8.5
          YEAR_TO_DATE_RATE  | 90 91.5 91.66         | 2016-06 | 91.66
          YEAR_TO_DATE_RATE  | 45/50 91/100 137/150  | 2016-06 | 13700/150
          """)
  void takesACumulativeFigureEnteredYearToDateAsEntered(
      EntryBasis basis, String figures, String reportMonth, String expected) {
    // given
    Measure measure = aMeasure().percentage().decimals(2).cumulative().basis(basis).build();
    Series series = aMonthlySeries().fromText("2016-04", figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month(reportMonth));

    // then
    assertThat(reported.value()).contains(exact(expected));
    assertThat(reported.coverage().label()).isEqualTo(month(reportMonth).label());
  }

  @ParameterizedTest(name = "{0} of [{1}] at 2016-11: {2} over {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CUMULATIVE           | 10 20 30 40 50 - 70 80    | 300   | Apr-Nov, 7 of 8 months
          CUMULATIVE           | 10 20 30 40 50 60 70 -    | 280   | Apr-Nov, 7 of 8 months
          CUMULATIVE           | - 20 30 40 50 60 70 80    | 350   | Apr-Nov, 7 of 8 months
          CUMULATIVE           | 10 - - 40 50 60 70 80     | 310   | Apr-Nov, 6 of 8 months
          YEAR_TO_DATE_AVERAGE | 10 20 30 40 50 - 70 80    | 300/7 | Apr-Nov, 7 of 8 months
          ROLLING_QUARTER      | 10 20 30 40 50 - 70 80    | 150   | Sep-Nov, 2 of 3 months
          """)
  void reportsAMissingMonthAsMissingNeverAsZero(
      AggregationKind kind, String figures, String expected, String coverage) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).build();
    Series series = aMonthlySeries().fromText("2016-04", figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month("2016-11"));

    // then
    assertThat(reported.value()).contains(exact(expected));
    assertThat(reported.coverage().label()).isEqualTo(coverage);
    assertThat(reported.incomplete()).isTrue();
    assertThat(reported.coverage().complete()).isFalse();
  }

  @Test
  void averagesAYearWithAMissingMonthOverTheMonthsThatHaveFigures() {
    // given
    Measure measure = aMeasure().count().yearToDateAverage().build();
    Series series = aMonthlySeries().fromText("2016-04", "8 8 8 8 8 - 8 8").build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month("2016-11"));

    // then a missing month read as zero would pull the mean down to 7
    assertThat(reported.value()).contains(ExactValue.of(8));
    assertThat(reported.coverage().covered()).isEqualTo(7);
    assertThat(reported.coverage().expected()).isEqualTo(8);
  }

  @ParameterizedTest(name = "{0} with [{1}] at {2}: complete")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CUMULATIVE      | 10 20 30 40 50 60 70 80 | 2016-11
          SNAPSHOT        | 10 20 30 40 50 - 70 80  | 2016-11
          ROLLING_QUARTER | 10 20 30 40 50 - 70 80  | 2016-08
          """)
  void flagsNothingWhenEveryPeriodOfTheWindowHasAFigure(
      AggregationKind kind, String figures, String reportMonth) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).build();
    Series series = aMonthlySeries().fromText("2016-04", figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month(reportMonth));

    // then
    assertThat(reported.incomplete()).isFalse();
    assertThat(reported.hasValue()).isTrue();
  }

  @ParameterizedTest(name = "{0} with components [{1}] at {2}: no value")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SNAPSHOT             | 0/0               | 2016-04
          SNAPSHOT             | 45/50 0/0         | 2016-05
          CUMULATIVE           | 0/0 0/0           | 2016-05
          YEAR_TO_DATE_AVERAGE | 0/0 0/0 0/0       | 2016-06
          ROLLING_QUARTER      | 45/50 0/0 0/0 0/0 | 2016-07
          """)
  void givesNoValueForAZeroDenominatorRatherThanAnError(
      AggregationKind kind, String figures, String reportMonth) {
    // given
    Measure measure = aMeasure().percentage().aggregation(kind).withComponents().build();
    Series series = aMonthlySeries().fromText("2016-04", figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month(reportMonth));

    // then
    assertThat(reported.value()).isEmpty();
    assertThat(reported.absence()).contains(NoValue.ZERO_DENOMINATOR);
    assertThat(reported.absence().get().explanation()).contains("denominator is zero");
  }

  @Test
  void keepsTheYearsValueWhenOneMonthHasAZeroDenominator() {
    // given
    Measure measure = aMeasure().percentage().cumulative().withComponents().build();
    Series series = aMonthlySeries().fromText("2016-04", "0/0 3/4").build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month("2016-05"));

    // then
    assertThat(reported.value()).contains(ExactValue.of(75));
    assertThat(reported.incomplete()).isFalse();
  }

  @ParameterizedTest(name = "{0} with nothing entered at 2016-11: no data")
  @CsvSource({"CUMULATIVE", "SNAPSHOT", "YEAR_TO_DATE_AVERAGE", "ROLLING_QUARTER"})
  void givesNoDataWhenTheWindowHasNoFigure(AggregationKind kind) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).build();
    Series series = aMonthlySeries().fromText("2016-03", "5").build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month("2016-11"));

    // then
    assertThat(reported.value()).isEmpty();
    assertThat(reported.absence()).contains(NoValue.NO_DATA);
    assertThat(reported.coverage().covered()).isZero();
  }

  @ParameterizedTest(name = "report month {1} with [{0}] from Apr: shows {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10 20 30 40 50 60 70     | 2016-11 | 2016-10 | 280
          10 20 30 40 50 60 70 80  | 2016-11 | 2016-11 | 360
          10 20 30 40 50 60 70 80  | 2016-08 | 2016-08 | 150
          10 20 30 40 50 60 70 -   | 2016-11 | 2016-10 | 280
          """)
  void reportsTheLatestFigureWithItsOwnPeriodWhenItLagsTheReportMonth(
      String figures, String reportMonth, String shownMonth, String expected) {
    // given
    Measure measure = aMeasure().count().cumulative().build();
    Series series = aMonthlySeries().fromText("2016-04", figures).build();

    // when
    Optional<ReportedFigure> latest = Aggregation.latest(measure, series, yearMonth(reportMonth));

    // then
    assertThat(latest).isPresent();
    assertThat(latest.get().period()).isEqualTo(month(shownMonth));
    assertThat(latest.get().value()).contains(exact(expected));
  }

  @Test
  void reportsNothingWhenNoFigureIsDueByTheReportMonth() {
    // given
    Measure measure = aMeasure().count().snapshot().build();
    Series series = aMonthlySeries().month("2016-12", "5").build();

    // when
    Optional<ReportedFigure> latest = Aggregation.latest(measure, series, yearMonth("2016-11"));

    // then
    assertThat(latest).isEmpty();
  }

  @ParameterizedTest(name = "quarterly figures [{0}] from Q1, report month {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10 20 30 | 2016-11 | Q2 2016/17
          10 20 30 | 2016-12 | Q3 2016/17
          10 20    | 2017-02 | Q2 2016/17
          10 20 30 | 2016-05 | -
          """)
  void reportsAQuarterlyFigureForTheLatestQuarterEndedByTheReportMonth(
      String figures, String reportMonth, String shown) {
    // given
    Measure measure = aMeasure().count().snapshot().quarterly().build();
    Series series =
        aSeries(Frequency.QUARTERLY).periodsFromText(quarter("2016/17", 1), figures).build();

    // when
    Optional<ReportedFigure> latest = Aggregation.latest(measure, series, yearMonth(reportMonth));

    // then
    assertThat(latest.map(f -> f.period().label()))
        .isEqualTo(shown.equals("-") ? Optional.empty() : Optional.of(shown));
  }

  @ParameterizedTest(name = "quarterly {0} of [{1}] from Q1 2015/16, at Q{3} {2}: {4} ({5})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CUMULATIVE        | 1 2 3 4 10 20 30 | 2016/17 | 3 | 60 | Apr-Dec, 3 of 3 quarters
          CUMULATIVE        | 1 2 3 4 10 20 30 | 2016/17 | 1 | 10 | Q1 2016/17
          SNAPSHOT          | 1 2 3 4 10 20 30 | 2016/17 | 2 | 20 | Q2 2016/17
          ROLLING_QUARTER   | 1 2 3 4 10 20 30 | 2016/17 | 2 | 20 | Q2 2016/17
          ROLLING_12_MONTHS | 1 2 3 4 10 20 30 | 2016/17 | 1 | 19 | Jul-Jun, 4 of 4 quarters
          ROLLING_12_MONTHS | 1 2 3 4 10 - 30  | 2016/17 | 3 | 44 | Jan-Dec, 3 of 4 quarters
          """)
  void combinesQuarterlyFigures(
      AggregationKind kind,
      String figures,
      String year,
      int quarter,
      String expected,
      String coverage) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).quarterly().build();
    Series series =
        aSeries(Frequency.QUARTERLY).periodsFromText(quarter("2015/16", 1), figures).build();

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, quarter(year, quarter));

    // then
    assertThat(reported.value()).contains(exact(expected));
    assertThat(reported.coverage().label()).isEqualTo(coverage);
  }

  @Test
  void reportsAnAnnualFigureForTheLastCompleteYear() {
    // given
    Measure measure = aMeasure().count().snapshot().annual().build();
    Series series = aSeries(Frequency.ANNUAL).periodsFromText(year("2014/15"), "7 9").build();

    // when
    Optional<ReportedFigure> latest = Aggregation.latest(measure, series, yearMonth("2016-11"));

    // then
    assertThat(latest.map(ReportedFigure::period)).contains(year("2015/16"));
    assertThat(latest.flatMap(ReportedFigure::value)).contains(ExactValue.of(9));
  }

  @Test
  void reportsAPrintedPlainFigureAloneInItsPeriodAsEntered() {
    // given a components indicator whose November figure was printed as a plain percentage
    Measure measure = aMeasure().percentage().cumulative().withComponents().build();
    Series series = aMonthlySeries().fromText("2016-04", "-  -  -  -  -  -  -  91.66").build();

    // when
    ReportedFigure figure = Aggregation.forPeriod(measure, series, month("2016-11"));

    // then
    assertThat(figure.value()).contains(ExactValue.of("91.66"));
    assertThat(figure.incomplete()).isTrue();
  }

  @Test
  void givesNoValueRatherThanCombiningAPlainFigureWithComponents() {
    // given
    Measure measure = aMeasure().percentage().cumulative().withComponents().build();
    Series series =
        Series.of(
            Frequency.MONTHLY,
            List.of(
                Measurement.of(month("2016-10"), Figure.ratio("9", "10")),
                Measurement.of(month("2016-11"), Figure.plain("91.66"))));

    // when
    ReportedFigure figure = Aggregation.forPeriod(measure, series, month("2016-11"));

    // then
    assertThat(figure.value()).isEmpty();
    assertThat(figure.absence()).contains(ReportedFigure.NoValue.MIXED_FIGURES);
  }

  @Test
  void refusesAPeriodOfAnotherFrequency() {
    // given
    Measure measure = aMeasure().count().snapshot().quarterly().build();
    Series series = Series.empty(Frequency.QUARTERLY);

    // then
    assertThatThrownBy(() -> Aggregation.forPeriod(measure, series, month("2016-06")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Jun 2016");
  }

  @ParameterizedTest(name = "an unapproved {0} makes the {1} figure at Nov provisional: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2016-11 | CUMULATIVE | true
          2016-05 | CUMULATIVE | true
          2016-05 | SNAPSHOT   | false
          2016-03 | CUMULATIVE | false
          """)
  void marksAFigureProvisionalWhileAnyFigureInItsWindowAwaitsApproval(
      String unapprovedMonth, AggregationKind kind, boolean provisional) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).build();
    Series series =
        aMonthlySeries()
            .fromText("2016-04", "1 1 1 1 1 1 1 1")
            .build()
            .with(new Measurement(month(unapprovedMonth), Figure.plain("1"), false, 1));

    // when
    ReportedFigure reported = Aggregation.forPeriod(measure, series, month("2016-11"));

    // then
    assertThat(reported.provisional()).isEqualTo(provisional);
  }

  @Test
  void carriesTheDefinitionOfItsLatestFigure() {
    // given
    Measure measure = aMeasure().count().cumulative().build();
    Series series =
        aMonthlySeries().fromText("2016-04", "1 1 1").underDefinition(2, "2016-07", "1").build();

    // when
    ReportedFigure july = Aggregation.forPeriod(measure, series, month("2016-07"));
    ReportedFigure june = Aggregation.forPeriod(measure, series, month("2016-06"));

    // then
    assertThat(july.definitionVersion()).isEqualTo(2);
    assertThat(june.definitionVersion()).isEqualTo(1);
  }
}
