package org.barometer.core.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.period.QuarterPeriod;
import org.junit.jupiter.api.Test;

class LaggingFigureTest {

  private final Measure snapshot =
      Measure.of(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);

  @Test
  void showsACurrentFigureWithItsMonthOnly() {
    Series series =
        Series.of(
            Frequency.MONTHLY,
            List.of(Measurement.of(MonthPeriod.of(2016, 11), Figure.plain("79.1"))));

    ReportedFigure latest =
        Aggregation.latest(snapshot, series, YearMonth.of(2016, 11)).orElseThrow();

    assertThat(latest.periodShownIn(YearMonth.of(2016, 11))).isEqualTo("Nov 2016");
  }

  @Test
  void saysWhenTheLatestFigureLagsTheReportMonth() {
    Series series =
        Series.of(
            Frequency.MONTHLY,
            List.of(Measurement.of(MonthPeriod.of(2016, 9), Figure.plain("79.1"))));

    ReportedFigure latest =
        Aggregation.latest(snapshot, series, YearMonth.of(2016, 11)).orElseThrow();

    assertThat(latest.period()).isEqualTo(MonthPeriod.of(2016, 9));
    assertThat(latest.periodShownIn(YearMonth.of(2016, 11)))
        .isEqualTo("Sep 2016, 2 months before the report month");
  }

  @Test
  void aQuarterlyFigureReportedInTheMonthAfterTheQuarterLagsByOneMonth() {
    Measure quarterly = snapshot.withFrequency(Frequency.QUARTERLY);
    QuarterPeriod q2 = new QuarterPeriod(new FinancialYear(2016), 2);
    Series series =
        Series.of(Frequency.QUARTERLY, List.of(Measurement.of(q2, Figure.plain("64.0"))));

    ReportedFigure latest =
        Aggregation.latest(quarterly, series, YearMonth.of(2016, 10)).orElseThrow();

    assertThat(latest.period()).isEqualTo(q2);
    assertThat(latest.periodShownIn(YearMonth.of(2016, 10)))
        .isEqualTo("Q2 2016/17, 1 month before the report month");
  }

  @Test
  void refusesAReportMonthBeforeTheFigure() {
    Series series =
        Series.of(
            Frequency.MONTHLY,
            List.of(Measurement.of(MonthPeriod.of(2016, 11), Figure.plain("79.1"))));
    ReportedFigure figure = Aggregation.forPeriod(snapshot, series, MonthPeriod.of(2016, 11));

    assertThatThrownBy(() -> figure.monthsBehind(YearMonth.of(2016, 10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
