package org.barometer.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.Months.month;
import static org.barometer.core.fixture.Months.quarter;
import static org.barometer.core.fixture.SeriesBuilder.aMonthlySeries;
import static org.barometer.core.fixture.SeriesBuilder.aSeries;
import static org.barometer.core.fixture.Values.exact;

import org.barometer.core.fixture.Measures;
import org.barometer.core.forecast.YearEndForecast.Method;
import org.barometer.core.forecast.YearEndForecast.Outcome;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.Frequency;
import org.barometer.core.target.TargetForPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearEndForecastTest {

  @ParameterizedTest(name = "[{0}] from Apr 2016, at {1}, target {3}: {2}, {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          100 100 100 100 100 100 100 100 | 2016-11 | 1200    | 1300 | MISSES
          100 100 100 100 100 100 100 100 | 2016-11 | 1200    | 1200 | MEETS
          100 100 100 100 100 100 100 100 | 2016-11 | 1200    | 1199 | MEETS
          50                              | 2016-04 | 600     | 601  | MISSES
          10 20 30 40 50 60 70 80 90 100 110 | 2017-02 | 7920/11 | 700 | MEETS
          """)
  void projectsAnAccumulatingCountByItsRunRate(
      String figures, String month, String forecast, String annualTarget, Outcome outcome) {
    // given
    Measure measure = Measures.cumulativeCount();
    Series series = aMonthlySeries().fromText("2016-04", figures).build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month(month), point(annualTarget));

    // then
    assertThat(result.method()).isEqualTo(Method.RUN_RATE);
    assertThat(result.value()).contains(exact(forecast));
    assertThat(result.outcome()).isEqualTo(outcome);
  }

  @Test
  void explainsARunRate() {
    // given
    Measure measure = Measures.cumulativeCount();
    Series series = aMonthlySeries().fromText("2016-04", "100 100 100 100 100 100 100 100").build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("1300"));

    // then
    assertThat(result.reason())
        .isEqualTo(
            "Run rate: 800 in 8 months continues to 1,200 over 12 months;"
                + " that misses the year-end target of 1,300");
  }

  @ParameterizedTest(name = "[{0}] from Apr 2016 at Nov: {1} by March, {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          100 100 100 100 100 -   100 100 | 1200 | 700 in 7 of 8 months
          -   -   100 100 100 100 100 100 | 1200 | 600 in 6 of 8 months
          100 100 100 100 100 100 100 -   | 1200 | 700 in 7 of 8 months
          """)
  void projectsARunRateFromTheMonthsThatHaveFiguresNeverCountingAMissingMonthAsZero(
      String figures, String forecast, String basis) {
    // given
    Measure measure = Measures.cumulativeCount();
    Series series = aMonthlySeries().fromText("2016-04", figures).build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("1300"));

    // then
    assertThat(result.method()).isEqualTo(Method.RUN_RATE);
    assertThat(result.value()).contains(exact(forecast));
    assertThat(result.reason()).startsWith("Run rate: " + basis + " continues to 1,200");
  }

  @ParameterizedTest(name = "earlier years [{0}], this year [{1}]: {2} by March")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10 10 10 10 10 10 10 10 40 40 40 40 | 20 20 20 20 20 | 12 12 12 12 12 12 12 12 | 288
          10 10 10 10 10 10 10 10 40 40 40 40 | 10 10 10 10 10 10 10 10 20 20 20 20 | 12 12 12 12 12 12 12 12 | 1152/5
          """)
  void projectsAnAccumulatingCountBySeasonalShapeOfEarlierCompleteYears(
      String twoYearsAgo, String lastYear, String thisYear, String forecast) {
    // given
    Measure measure = Measures.cumulativeCount();
    Series series =
        aMonthlySeries()
            .fromText("2014-04", twoYearsAgo)
            .fromText("2015-04", lastYear)
            .fromText("2016-04", thisYear)
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("250"));

    // then
    assertThat(result.method()).isEqualTo(Method.SEASONAL);
    assertThat(result.value()).contains(exact(forecast));
  }

  @Test
  void fallsBackToTheRunRateWhenAMonthOfThisYearIsMissing() {
    // given a seasonal history, but no figure for July this year
    Measure measure = Measures.cumulativeCount();
    Series series =
        aMonthlySeries()
            .fromText("2015-04", "10 10 10 10 10 10 10 10 40 40 40 40")
            .fromText("2016-04", "12 12 12 -  12 12 12 12")
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("250"));

    // then 84 in 7 months, not a seasonal share of an incomplete year
    assertThat(result.method()).isEqualTo(Method.RUN_RATE);
    assertThat(result.value()).contains(exact("144"));
    assertThat(result.reason()).contains("84 in 7 of 8 months");
  }

  @Test
  void explainsASeasonalShape() {
    // given 2015/16 had reached a third of its year-end figure by November
    Measure measure = Measures.cumulativeCount();
    Series series =
        aMonthlySeries()
            .fromText("2015-04", "10 10 10 10 10 10 10 10 40 40 40 40")
            .fromText("2016-04", "12 12 12 12 12 12 12 12")
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("250"));

    // then
    assertThat(result.value()).contains(exact("288"));
    assertThat(result.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(result.reason())
        .isEqualTo(
            "Seasonal: by November the last year reached on average 33.3% of their year-end"
                + " figure; 96 so far points to 288 by March; that meets the year-end target of 250");
  }

  @Test
  void ignoresAnEarlierYearWithMissingMonths() {
    // given last year's November is missing, so its shape is unknown
    Measure measure = Measures.cumulativeCount();
    Series series =
        aMonthlySeries()
            .fromText("2015-04", "10 10 10 10 10 10 10 - 40 40 40 40")
            .fromText("2016-04", "12 12 12 12 12 12 12 12")
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("250"));

    // then
    assertThat(result.method()).isEqualTo(Method.RUN_RATE);
    assertThat(result.value()).contains(exact("144"));
  }

  @ParameterizedTest(name = "{0} {1} at Nov, target {2}: held, {3}")
  @CsvSource(
      textBlock =
          """
          MAXIMISE, 72.7, 75.8, MISSES
          MAXIMISE, 75.8, 75.8, MEETS
          MINIMISE, 72.7, 75.8, MEETS
          MINIMISE, 75.9, 75.8, MISSES
          """)
  void holdsALevelFigureWithoutEarlierYears(
      Polarity polarity, String november, String target, Outcome outcome) {
    // given
    Measure measure = Measures.percentage(1, polarity);
    Series series = aMonthlySeries().month("2016-10", "50").month("2016-11", november).build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point(target));

    // then
    assertThat(result.method()).isEqualTo(Method.RUN_RATE);
    assertThat(result.value()).contains(exact(november));
    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.reason())
        .startsWith("Run rate: the year-to-date figure of " + november + "% held to March");
  }

  @Test
  void holdsACumulativeRatioAtItsYearToDateValue() {
    // given
    Measure measure = Measures.cumulativePercentageWithComponents();
    Series series = aMonthlySeries().fromText("2016-04", "45/50 1/10").build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-05"), point("80"));

    // then
    assertThat(result.value()).contains(exact("4600/60"));
    assertThat(result.outcome()).isEqualTo(Outcome.MISSES);
  }

  @ParameterizedTest(name = "earlier Nov-to-Mar changes {0} and {1}: {2} at Nov points to {3}")
  @CsvSource(
      textBlock =
          """
          60 62, 70 74, 72.7, 75.7
          60 58, 70 66, 72.7, 69.7
          """)
  void movesALevelFigureByTheAverageSeasonalChangeOfEarlierYears(
      String twoYearsAgo, String lastYear, String november, String forecast) {
    // given November and March figures of the two years before
    String[] older = twoYearsAgo.split(" ");
    String[] recent = lastYear.split(" ");
    Measure measure = Measures.percentage(1, Polarity.MAXIMISE);
    Series series =
        aMonthlySeries()
            .month("2014-11", older[0])
            .month("2015-03", older[1])
            .month("2015-11", recent[0])
            .month("2016-03", recent[1])
            .month("2016-11", november)
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("75"));

    // then
    assertThat(result.method()).isEqualTo(Method.SEASONAL);
    assertThat(result.value()).contains(exact(forecast));
    assertThat(result.reason()).contains("the last 2 years").contains("from November to March");
  }

  @ParameterizedTest(name = "a {0} at March is the actual figure")
  @CsvSource({"cumulative", "snapshot"})
  void takesTheFinalMonthAsTheActualFigure(String kind) {
    // given
    Measure measure =
        kind.equals("cumulative")
            ? Measures.cumulativeCount()
            : aMeasure().count().snapshot().build();
    Series series = aMonthlySeries().fromText("2016-04", "1 1 1 1 1 1 1 1 1 1 1 13").build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2017-03"), point("20"));

    // then
    assertThat(result.method()).isEqualTo(Method.ACTUAL);
    assertThat(result.value()).contains(exact(kind.equals("cumulative") ? "24" : "13"));
    assertThat(result.outcome())
        .isEqualTo(kind.equals("cumulative") ? Outcome.MEETS : Outcome.MISSES);
    assertThat(result.reason()).startsWith("The year is complete");
  }

  @Test
  void makesNoForecastWithoutAFigure() {
    // given
    Measure measure = Measures.cumulativeCount();
    Series series = aMonthlySeries().fromText("2016-12", "5").build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("20"));

    // then
    assertThat(result.method()).isEqualTo(Method.NONE);
    assertThat(result.outcome()).isEqualTo(Outcome.NO_FORECAST);
    assertThat(result.value()).isEmpty();
    assertThat(result.reason()).isEqualTo("No forecast: no figure for Nov 2016");
  }

  @ParameterizedTest(name = "target {0}: outcome {1}")
  @CsvSource({"tbc, NO_TARGET", "none, NO_TARGET"})
  void forecastsWithoutJudgingWhenThereIsNoTarget(String kind, Outcome outcome) {
    // given
    Measure measure = Measures.cumulativeCount();
    Series series = aMonthlySeries().fromText("2016-04", "10 10").build();
    TargetForPeriod target =
        kind.equals("tbc") ? new TargetForPeriod.Tbc("") : new TargetForPeriod.None();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-05"), target);

    // then
    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.value()).contains(exact("120"));
  }

  @ParameterizedTest(name = "Goldilocks {0} held against 57.3-68.3: {1}")
  @CsvSource({"57.3, MEETS", "68.3, MEETS", "68.4, MISSES", "57.2, MISSES"})
  void meetsARangeFromInside(String november, Outcome outcome) {
    // given
    Measure measure = aMeasure().decimals(1).goldilocks().snapshot().build();
    Series series = aMonthlySeries().month("2016-11", november).build();

    // when
    YearEndForecast result =
        YearEndForecast.at(
            measure,
            series,
            month("2016-11"),
            new TargetForPeriod.Band(exact("57.3"), exact("68.3")));

    // then
    assertThat(result.outcome()).isEqualTo(outcome);
  }

  @Test
  void projectsAQuarterlyCountFromTheQuartersElapsed() {
    // given
    Measure measure = aMeasure().count().cumulative().quarterly().build();
    Series series =
        aSeries(Frequency.QUARTERLY).periodsFromText(quarter("2016/17", 1), "200 300").build();

    // when
    YearEndForecast result =
        YearEndForecast.at(measure, series, quarter("2016/17", 2), point("900"));

    // then
    assertThat(result.value()).contains(exact("1000"));
    assertThat(result.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(result.reason())
        .isEqualTo(
            "Run rate: 500 in 2 quarters continues to 1,000 over 4 quarters;"
                + " that meets the year-end target of 900");
  }

  @Test
  void wordsAQuarterlyLevelFigureByQuarter() {
    // given a quarterly rate that rose by 2 from Q2 to Q4 last year
    Measure measure = aMeasure().percentage().snapshot().quarterly().build();
    Series series =
        aSeries(Frequency.QUARTERLY)
            .periodsFromText(quarter("2015/16", 1), "50 51 52 53 54 55")
            .build();

    // when
    YearEndForecast result =
        YearEndForecast.at(measure, series, quarter("2016/17", 2), point("60"));

    // then
    assertThat(result.reason()).contains("from Q2 2016/17 to Q4;").doesNotContain("March");
  }

  @Test
  void projectsAFigureEnteredYearToDateByLastYearsShare() {
    // given council tax collected: 70% by November last year, 97% by March
    Measure measure = aMeasure().percentage().decimals(2).cumulative().enteredYearToDate().build();
    Series series =
        aMonthlySeries()
            .month("2015-11", "70")
            .month("2016-03", "97")
            .month("2016-11", "69.9")
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("97.2"));

    // then
    assertThat(result.method()).isEqualTo(Method.SEASONAL);
    assertThat(result.value()).contains(exact("6780.3/70"));
    assertThat(result.outcome()).isEqualTo(Outcome.MISSES);
  }

  @Test
  void capsACollectionRateAtAHundredPercentAndSaysSo() {
    // given Council Tax collected to date: 72% by November last year of a year-end 97%
    Measure measure = aMeasure().percentage().decimals(2).cumulative().enteredYearToDate().build();
    Series series =
        aMonthlySeries()
            .fromText("2015-04", "10 20 30 40 50 60 66 72 80 88 94 97")
            .fromText("2016-04", "11 22 33 44 55 66 70 75")
            .build();

    // when 75% by November points past 100%
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("97.2"));

    // then
    assertThat(result.method()).isEqualTo(Method.SEASONAL);
    assertThat(result.value()).contains(exact("100"));
    assertThat(result.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(result.reason())
        .contains(
            "75.00% so far points to 101.04% by March, capped at 100.00%, the most a"
                + " percentage can be; that meets the year-end target of 97.20%");
  }

  @Test
  void neverForecastsACountBelowZero() {
    // given a snapshot count that fell by 20 from November to March last year
    Measure measure = aMeasure().count().snapshot().build();
    Series series =
        aMonthlySeries()
            .fromText("2015-04", "30 30 30 30 30 30 30 20 15 10 5 0")
            .fromText("2016-04", "15 15 15 15 15 15 15 10")
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("5"));

    // then
    assertThat(result.value()).contains(exact("0"));
    assertThat(result.reason())
        .contains("now points to -10, raised to 0, the least a count can be");
  }

  @Test
  void leavesMoneyBelowZeroAlone() {
    // given a budget position that may be a deficit
    Measure measure = aMeasure().unit(org.barometer.core.indicator.Unit.MONEY).snapshot().build();
    Series series =
        aMonthlySeries()
            .fromText("2015-04", "30 30 30 30 30 30 30 20 15 10 5 0")
            .fromText("2016-04", "15 15 15 15 15 15 15 10")
            .build();

    // when
    YearEndForecast result = YearEndForecast.at(measure, series, month("2016-11"), point("5"));

    // then
    assertThat(result.value()).contains(exact("-10"));
    assertThat(result.reason()).doesNotContain("raised");
  }

  private static TargetForPeriod point(String value) {
    return new TargetForPeriod.Point(exact(value), "");
  }
}
