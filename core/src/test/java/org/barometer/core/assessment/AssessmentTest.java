package org.barometer.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.core.direction.Comparison;
import org.barometer.core.direction.Direction;
import org.barometer.core.forecast.YearEndForecast;
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
import org.barometer.core.status.Rag;
import org.barometer.core.status.Status;
import org.barometer.core.status.StatusOverride;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetDecision;
import org.barometer.core.target.TargetHistory;
import org.barometer.core.target.TargetVersion;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private static final Instant RECORDED = Instant.parse("2016-03-01T09:00:00Z");
  private static final TargetDecision CABINET =
      new TargetDecision("Corporate Management Team", "Cabinet", LocalDate.of(2016, 1, 19), "");
  private final Measure snapshot =
      Measure.of(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);

  @Test
  void judgesTheLatestFigureAgainstItsPeriodsTargetWithBothDirections() {
    Series series = monthly("2015-11:70.0", "2016-10:74.0", "2016-11:72.7");
    TargetHistory targets = TargetHistory.of(target(2016, "75.8", YearMonth.of(2016, 4)));

    Assessment assessment = assess(series, targets, false, Optional.empty());

    assertThat(assessment.status().rag()).contains(Rag.AMBER);
    assertThat(assessment.againstPrevious().direction()).isEqualTo(Direction.WORSENED);
    assertThat(assessment.againstLastYear().direction()).isEqualTo(Direction.IMPROVED);
    assertThat(assessment.headline()).isEqualTo(Comparison.PREVIOUS_PERIOD);
    assertThat(assessment.direction()).isSameAs(assessment.againstPrevious());
    assertThat(assessment.forecast().outcome()).isEqualTo(YearEndForecast.Outcome.MISSES);
  }

  @Test
  void usesTheTargetInForceForALaggingFiguresOwnPeriod() {
    Series series = monthly("2016-09:76.0");
    TargetHistory targets =
        TargetHistory.of(
            target(2016, "75.8", YearMonth.of(2016, 4)),
            target(2016, "90.0", YearMonth.of(2016, 10)));

    Assessment assessment = assess(series, targets, false, Optional.empty());

    assertThat(assessment.figure().orElseThrow().period()).isEqualTo(MonthPeriod.of(2016, 9));
    assertThat(assessment.status().rag()).contains(Rag.GREEN);
    assertThat(assessment.status().reason()).contains("September target of 75.8%");
  }

  @Test
  void givesAContextualIndicatorNoStatusButStillATrend() {
    Series series = monthly("2016-10:74.0", "2016-11:72.7");

    Assessment assessment = assess(series, TargetHistory.of(), true, Optional.empty());

    assertThat(assessment.status()).isInstanceOf(Status.Unrated.class);
    assertThat(assessment.status().reason()).contains("monitored for its trend only");
    assertThat(assessment.againstPrevious().direction()).isEqualTo(Direction.WORSENED);
  }

  @Test
  void saysNoTargetHasBeenSetWhenNoVersionIsInForce() {
    Series series = monthly("2016-11:72.7");

    Assessment assessment = assess(series, TargetHistory.of(), false, Optional.empty());

    assertThat(assessment.status().reason())
        .isEqualTo("No status: no target has been set for 2016/17");
  }

  @Test
  void showsAnOverrideWithTheComputedStatusBesideIt() {
    Series series = monthly("2016-11:60.0");
    TargetHistory targets = TargetHistory.of(target(2016, "75.8", YearMonth.of(2016, 4)));
    StatusOverride override =
        new StatusOverride(Rag.GREEN, "Meets the national threshold of 55%", "pt.lead", RECORDED);

    Assessment assessment = assess(series, targets, false, Optional.of(override));

    assertThat(assessment.status()).isInstanceOf(Status.Overridden.class);
    Status.Overridden overridden = (Status.Overridden) assessment.status();
    assertThat(overridden.rag()).contains(Rag.GREEN);
    assertThat(overridden.computed().rag()).contains(Rag.RED);
  }

  @Test
  void takesAnOverrideAfterwardsKeepingTheComputedStatus() {
    Series series = monthly("2016-11:60.0");
    TargetHistory targets = TargetHistory.of(target(2016, "75.8", YearMonth.of(2016, 4)));
    Assessment computed = assess(series, targets, false, Optional.empty());

    Assessment overridden =
        computed.withOverride(
            new StatusOverride(Rag.AMBER, "Data quality issue under review", "pt.lead", RECORDED));

    assertThat(overridden.status().rag()).contains(Rag.AMBER);
    assertThat(((Status.Overridden) overridden.status()).computed()).isEqualTo(computed.status());
    assertThat(overridden.forecast()).isEqualTo(computed.forecast());
  }

  @Test
  void neverJudgesLastYearsFigureInANewYearsReport() {
    // given figures to November 2016 and a target for 2016/17 only
    Series series = monthly("2016-10:74.0", "2016-11:72.7");
    TargetHistory targets = TargetHistory.of(target(2016, "75.8", YearMonth.of(2016, 4)));

    // when the April 2017 report and the March 2017 report are made
    Assessment april =
        Assessment.of(
            snapshot,
            series,
            targets,
            false,
            Tolerance.DEFAULT,
            YearMonth.of(2017, 4),
            Optional.empty());
    Assessment march =
        Assessment.of(
            snapshot,
            series,
            targets,
            false,
            Tolerance.DEFAULT,
            YearMonth.of(2017, 3),
            Optional.empty());

    // then April shows the figure for context only; March, in the same year, still judges it
    assertThat(april.figure().orElseThrow().period()).isEqualTo(MonthPeriod.of(2016, 11));
    assertThat(april.status().rag()).isEmpty();
    assertThat(april.status().reason())
        .isEqualTo(
            "No status: no figure yet for 2017/18; the latest, 72.7% for Nov 2016, belongs to"
                + " 2016/17");
    assertThat(april.forecast().value()).isEmpty();
    assertThat(april.direction().direction()).isEqualTo(Direction.NOT_COMPARABLE);
    assertThat(march.status().rag()).contains(Rag.AMBER);
  }

  @Test
  void judgesAnAnnualFigureInTheYearAfterItsOwn() {
    Measure annual = snapshot.withFrequency(Frequency.ANNUAL);
    Series series =
        Series.of(
            Frequency.ANNUAL,
            List.of(
                Measurement.of(
                    Frequency.ANNUAL.periodContaining(YearMonth.of(2017, 3)),
                    Figure.plain("80.0"))));
    TargetHistory targets = TargetHistory.of(target(2016, "75.8", YearMonth.of(2016, 4)));

    Assessment june =
        Assessment.of(
            annual,
            series,
            targets,
            false,
            Tolerance.DEFAULT,
            YearMonth.of(2017, 6),
            Optional.empty());

    assertThat(june.status().rag()).contains(Rag.GREEN);
  }

  @Test
  void saysThereIsNoFigureYet() {
    Assessment assessment =
        assess(Series.empty(Frequency.MONTHLY), TargetHistory.of(), false, Optional.empty());

    assertThat(assessment.figure()).isEmpty();
    assertThat(assessment.status().reason()).isEqualTo("No status: no figure up to Nov 2016");
    assertThat(assessment.forecast().value()).isEmpty();
  }

  private Assessment assess(
      Series series, TargetHistory targets, boolean contextual, Optional<StatusOverride> override) {
    return Assessment.of(
        snapshot, series, targets, contextual, Tolerance.DEFAULT, YearMonth.of(2016, 11), override);
  }

  private static TargetVersion target(int year, String value, YearMonth from) {
    return new TargetVersion(
        new FinancialYear(year),
        new Target.SingleValue(new BigDecimal(value)),
        from,
        CABINET,
        "agreed",
        "pt.lead",
        RECORDED.plusSeconds(from.getMonthValue()));
  }

  private static Series monthly(String... monthValues) {
    List<Measurement> measurements = new ArrayList<>();
    for (String monthValue : monthValues) {
      String[] parts = monthValue.split(":");
      measurements.add(
          Measurement.of(new MonthPeriod(YearMonth.parse(parts[0])), Figure.plain(parts[1])));
    }
    return Series.of(Frequency.MONTHLY, measurements);
  }
}
