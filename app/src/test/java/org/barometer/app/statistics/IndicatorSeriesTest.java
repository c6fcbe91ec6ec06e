package org.barometer.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.period.Period;
import org.junit.jupiter.api.Test;

class IndicatorSeriesTest {

  private static final Measure COUNT =
      Measure.of(Unit.COUNT, 0, Polarity.MAXIMISE, AggregationKind.CUMULATIVE);

  private static StoredFigure figure(int year, int month, Figure value, FigureState state) {
    Period period = MonthPeriod.of(year, month);
    return new StoredFigure(
        1,
        1,
        period,
        value,
        state,
        "",
        1,
        false,
        "owner",
        Instant.EPOCH,
        0,
        "",
        "",
        null,
        null,
        "",
        null,
        null);
  }

  private static StoredFigure approved(int year, int month, String value) {
    return figure(year, month, new Figure.Plain(new BigDecimal(value)), FigureState.APPROVED);
  }

  @Test
  void chartsEachPeriodsOwnApprovedFigureWithGapsUpToTheMonth() {
    List<StoredFigure> figures = new ArrayList<>();
    figures.add(approved(2016, 4, "10"));
    figures.add(approved(2016, 6, "12"));
    figures.add(figure(2016, 7, new Figure.Plain(BigDecimal.TEN), FigureState.SUBMITTED));
    figures.add(approved(2016, 8, "14"));
    figures.add(approved(2016, 9, "15"));

    IndicatorSeries series = IndicatorSeries.of(COUNT, figures, YearMonth.of(2016, 8));

    assertThat(series.periods())
        .extracting(Period::label)
        .containsExactly("Apr 2016", "May 2016", "Jun 2016", "Jul 2016", "Aug 2016");
    assertThat(series.values())
        .containsExactly(
            new BigDecimal("10"), null, new BigDecimal("12"), null, new BigDecimal("14"));
    assertThat(series.note()).isEmpty();
  }

  @Test
  void aRunningTotalIsChartedAsEachPeriodsOwnPart() {
    Measure total =
        Measure.of(
            Unit.NUMBER,
            2,
            Polarity.MINIMISE,
            AggregationKind.CUMULATIVE,
            EntryBasis.YEAR_TO_DATE_TOTAL);
    List<StoredFigure> figures =
        List.of(
            approved(2017, 2, "9.5"),
            approved(2017, 3, "10.25"),
            approved(2017, 4, "0.75"),
            approved(2017, 5, "1.5"),
            approved(2017, 7, "3"));

    IndicatorSeries series = IndicatorSeries.of(total, figures, YearMonth.of(2017, 7));

    assertThat(series.values())
        .containsExactly(
            null,
            new BigDecimal("0.75"),
            new BigDecimal("0.75"),
            new BigDecimal("0.75"),
            null,
            null);
    assertThat(series.note()).contains("running totals from April");
  }

  @Test
  void aRatioIsChartedAtTenDecimals() {
    Measure rate =
        Measure.ofComponents(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);
    IndicatorSeries series =
        IndicatorSeries.of(
            rate,
            List.of(
                figure(
                    2016,
                    4,
                    new Figure.Ratio(BigDecimal.valueOf(2), BigDecimal.valueOf(3)),
                    FigureState.APPROVED)),
            YearMonth.of(2016, 4));
    assertThat(series.values()).containsExactly(new BigDecimal("66.6666666667"));
  }
}
