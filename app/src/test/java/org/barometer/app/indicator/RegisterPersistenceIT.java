package org.barometer.app.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.target.Targets;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetDecision;
import org.barometer.core.target.TargetVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@IntegrationTest
class RegisterPersistenceIT {

  private static final Instant NOW = Instant.parse("2016-12-05T10:00:00Z");

  @Autowired Indicators indicators;
  @Autowired Targets targets;
  @Autowired Measurements measurements;

  @Test
  void keepsEveryVersionOfADefinitionAndRefusesAStaleChange() {
    IndicatorDefinition first = definition("Rent arrears", Optional.empty());
    long id = indicators.add(first, "pt.lead", NOW, "new indicator");
    IndicatorDefinition second =
        withCode(
            first.code(),
            definition("Current rent arrears", Optional.of(Tolerance.absolute("0.2"))));

    indicators.revise(id, 1, second, "pt.lead", NOW.plusSeconds(60), "clearer name");

    assertThat(indicators.current(id).orElseThrow().definition()).isEqualTo(second);
    assertThat(indicators.history(id))
        .extracting(v -> v.definition().name(), IndicatorVersion::changeReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Rent arrears", "new indicator"),
            org.assertj.core.groups.Tuple.tuple("Current rent arrears", "clearer name"));
    assertThatThrownBy(() -> indicators.revise(id, 1, first, "someone", NOW, "stale"))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(indicators.history(id)).hasSize(2);
    assertThatThrownBy(
            () -> indicators.revise(id, 2, definition("Renamed", Optional.empty()), "x", NOW, "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code does not change");
  }

  @Test
  void readsBackEveryKindOfTargetExactly() {
    long id = indicators.add(definition("Targets", Optional.empty()), "pt.lead", NOW, "new");
    TreeMap<Integer, BigDecimal> points = new TreeMap<>();
    points.put(8, new BigDecimal("5078"));
    points.put(12, new BigDecimal("7389"));
    List<Target> kinds =
        List.of(
            new Target.SingleValue(new BigDecimal("80.00")),
            Target.MonthlyProfile.throughPoints(points),
            Target.MonthlyIncrement.reaching(new BigDecimal("35000"), new BigDecimal("1250")),
            new Target.Range(new BigDecimal("57.3"), new BigDecimal("68.3")),
            new Target.ToBeConfirmed("awaiting national population data"),
            new Target.NoTarget());
    for (int i = 0; i < kinds.size(); i++) {
      targets.add(id, version(2010 + i, kinds.get(i)), "as printed " + i, "");
    }

    List<Target> read = targets.of(id).stream().map(t -> t.version().target()).toList();

    assertThat(read).containsExactlyElementsOf(kinds);
    assertThat(targets.of(id).get(0).asPrinted()).isEqualTo("as printed 0");
  }

  @Test
  void storesFiguresAndFeedsOnlyApprovedOnesToReports() {
    long id = indicators.add(definition("Figures", Optional.empty()), "owner", NOW, "new");
    measurements.add(
        id,
        MonthPeriod.of(2016, 10),
        Figure.plain("1.50"),
        FigureState.APPROVED,
        "",
        1,
        false,
        "owner",
        NOW);
    measurements.add(
        id,
        MonthPeriod.of(2016, 11),
        Figure.plain("1.43"),
        FigureState.SUBMITTED,
        "",
        1,
        false,
        "owner",
        NOW);
    Measure measure = Measure.of(Unit.PERCENTAGE, 2, Polarity.MINIMISE, AggregationKind.SNAPSHOT);

    Series all = measurements.seriesOf(id, Frequency.MONTHLY, false);
    Series approved = measurements.seriesOf(id, Frequency.MONTHLY, true);

    assertThat(all.measurements()).hasSize(2);
    assertThat(Aggregation.latest(measure, all, YearMonth.of(2016, 11)).orElseThrow().provisional())
        .isTrue();
    assertThat(Aggregation.latest(measure, approved, YearMonth.of(2016, 11)).orElseThrow().value())
        .contains(ExactValue.of("1.50"));
  }

  private static IndicatorDefinition definition(String name, Optional<Tolerance> tolerance) {
    return new IndicatorDefinition(
        UUID.randomUUID().toString().substring(0, 8),
        name,
        "",
        "",
        Measure.of(Unit.PERCENTAGE, 2, Polarity.MINIMISE, AggregationKind.SNAPSHOT),
        "[Monthly Snapshot]",
        Placement.nowhere(),
        Optional.empty(),
        false,
        tolerance,
        false,
        "",
        "");
  }

  private static IndicatorDefinition withCode(String code, IndicatorDefinition d) {
    return new IndicatorDefinition(
        code,
        d.name(),
        d.nameAsPrinted(),
        d.definition(),
        d.measure(),
        d.aggregationLabel(),
        d.placement(),
        d.ownerUserId(),
        d.contextual(),
        d.tolerance(),
        d.newToReport(),
        d.comments(),
        d.notes());
  }

  private static TargetVersion version(int year, Target target) {
    return new TargetVersion(
        new FinancialYear(year),
        target,
        new FinancialYear(year).firstMonth(),
        new TargetDecision("CMT", "Cabinet", LocalDate.of(year, 1, 19), "Minute 1"),
        "agreed",
        "pt.lead",
        NOW);
  }
}
