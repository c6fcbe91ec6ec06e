package org.barometer.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.SeriesBuilder.aMonthlySeries;
import static org.barometer.core.fixture.Values.exact;

import java.util.List;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.FinancialYear;
import org.junit.jupiter.api.Test;

class TargetShapeTest {

  private static final Measure COLLECTION_RATE =
      aMeasure().percentage().decimals(2).cumulative().enteredYearToDate().build();
  private static final FinancialYear Y2014 = FinancialYear.parse("2014/15");
  private static final FinancialYear Y2015 = FinancialYear.parse("2015/16");

  @Test
  void spreadsAYearEndTargetInTheShapeOfAnEarlierYear() {
    // given 72 of a year-end 97 collected by November 2015
    Series series =
        aMonthlySeries().fromText("2015-04", "10 20 30 40 50 60 66 72 80 88 94 97").build();

    // when
    TargetShape.Result result = TargetShape.of(COLLECTION_RATE, series, List.of(Y2015));
    Target.MonthlyProfile profile =
        ((TargetShape.Drawn) result).shape().spread(exact("97.2"), COLLECTION_RATE);

    // then November's target is 97.2 x 72 / 97, to the indicator's two decimals
    assertThat(profile.month(8)).isEqualTo(exact("72.15"));
    assertThat(profile.month(1)).isEqualTo(exact("10.02"));
    assertThat(profile.month(12)).isEqualTo(exact("97.2"));
  }

  @Test
  void averagesTheShapeOfSeveralYears() {
    // given November reached 72/96 = 75% in one year and 80/100 = 80% in the other
    Series series =
        aMonthlySeries()
            .fromText("2014-04", "10 20 30 40 50 60 66 72 80 88 94 96")
            .fromText("2015-04", "10 20 30 40 50 60 70 80 85 90 95 100")
            .build();

    // when
    TargetShape shape =
        ((TargetShape.Drawn) TargetShape.of(COLLECTION_RATE, series, List.of(Y2015, Y2014)))
            .shape();

    // then
    assertThat(shape.shares().get(7)).isEqualTo(exact("0.775"));
    assertThat(shape.spread(exact("100"), COLLECTION_RATE).month(8)).isEqualTo(exact("77.5"));
    assertThat(shape.yearsInWords()).isEqualTo("2014/15 and 2015/16");
  }

  @Test
  void refusesAYearWithAMonthMissingNamingTheMonth() {
    // given no figure for October 2015
    Series series =
        aMonthlySeries().fromText("2015-04", "10 20 30 40 50 60 - 72 80 88 94 97").build();

    // when
    TargetShape.Result result = TargetShape.of(COLLECTION_RATE, series, List.of(Y2015));

    // then
    assertThat(result)
        .isEqualTo(
            new TargetShape.Refused(
                "2015/16 has no complete figure for Oct 2015: a shape needs every month of the"
                    + " year"));
  }

  @Test
  void refusesAYearWithoutAYearEndFigure() {
    Series series =
        aMonthlySeries().fromText("2015-04", "10 20 30 40 50 60 66 72 80 88 94").build();

    TargetShape.Result result = TargetShape.of(COLLECTION_RATE, series, List.of(Y2015));

    assertThat(result).isInstanceOf(TargetShape.Refused.class);
    assertThat(((TargetShape.Refused) result).reason())
        .isEqualTo(
            "2015/16 has no complete figure above zero for March 2016 to take the shape from");
  }

  @Test
  void refusesFiguresThatAreNotMonthly() {
    Measure quarterly = aMeasure().count().cumulative().quarterly().build();

    TargetShape.Result result = TargetShape.of(quarterly, aMonthlySeries().build(), List.of(Y2015));

    assertThat(result)
        .isEqualTo(new TargetShape.Refused("A shape from earlier years needs monthly figures"));
  }
}
