package org.barometer.app.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.action.ActionMilestone;
import org.barometer.app.action.JudgeActions;
import org.barometer.app.action.JudgedAction;
import org.barometer.app.action.Lead;
import org.barometer.app.action.StoredProgress;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.organisation.OrganisationUnit;
import org.barometer.app.register.AssessIndicators;
import org.barometer.app.register.Judged;
import org.barometer.app.security.People;
import org.barometer.app.statistics.ChartDefinition;
import org.barometer.app.statistics.IndicatorCharts;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Period;
import org.barometer.core.statistics.AssuranceIcon;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.VariationIcon;
import org.barometer.core.target.TargetForPeriod;
import org.springframework.stereotype.Service;

/**
 * Builds a month's report from what is approved now: every current indicator judged for the month
 * and the month before, its SPC icons, its history and commentary, the exceptions written for its
 * red figures, the priority actions judged at the month's end, and the figures corrected since the
 * last edition published before the month. Reports are kept until anything they are built from
 * changes on any node ({@link DataVersion}).
 */
@Service
public class BuildReport {

  private final AssessIndicators assess;
  private final IndicatorCharts charts;
  private final JudgeActions actions;
  private final OrganisationStructure organisation;
  private final OrganisationSettings settings;
  private final People people;
  private final ReportExceptions exceptions;
  private final Editions editions;
  private final Clock clock;
  private final VersionedCache<YearMonth, MonthlyReport> built;

  BuildReport(
      AssessIndicators assess,
      IndicatorCharts charts,
      JudgeActions actions,
      OrganisationStructure organisation,
      OrganisationSettings settings,
      People people,
      ReportExceptions exceptions,
      Editions editions,
      Clock clock,
      DataVersion version) {
    this.assess = assess;
    this.charts = charts;
    this.actions = actions;
    this.organisation = organisation;
    this.settings = settings;
    this.people = people;
    this.exceptions = exceptions;
    this.editions = editions;
    this.clock = clock;
    this.built = version.cache(24);
  }

  /** The month's report as it stands now: a draft, or what would be published. */
  public MonthlyReport build(YearMonth month) {
    return built.get(month, this::buildNow);
  }

  private MonthlyReport buildNow(YearMonth month) {
    Units units = new Units(organisation.namedUnits());
    SpcSettings spcSettings = charts.settings();
    Map<String, String> lastMonth = new HashMap<>();
    for (Judged judged : assess.all(month.minusMonths(1))) {
      lastMonth.put(judged.code(), judged.statusKey());
    }
    Map<Long, ExceptionNote> notes = exceptions.inForce(month);
    List<ReportIndicator> indicators = new ArrayList<>();
    Map<String, List<StoredFigure>> figuresByCode = new HashMap<>();
    for (Judged current : assess.all(month)) {
      AssessIndicators.Examined examined = assess.examine(current.code(), month).orElseThrow();
      figuresByCode.put(current.code(), examined.figures());
      indicators.add(
          indicator(
              examined,
              month,
              units,
              lastMonth.getOrDefault(current.code(), "NONE"),
              notes.get(current.indicator().indicatorId()),
              spcSettings));
    }
    Optional<Edition> before = editions.latestBefore(month);
    List<ReportRevision> revisions =
        before.map(e -> Revisions.since(e.report(), indicators, figuresByCode)).orElse(List.of());
    return new MonthlyReport(
        settings.organisationName(),
        month,
        clock.instant(),
        units.of("department"),
        units.of("aim"),
        units.of("committee"),
        indicators,
        actions(month, units),
        revisions);
  }

  private ReportIndicator indicator(
      AssessIndicators.Examined examined,
      YearMonth month,
      Units units,
      String lastMonthStatus,
      ExceptionNote note,
      SpcSettings spcSettings) {
    Judged judged = examined.judged();
    IndicatorDefinition definition = judged.indicator().definition();
    Measure measure = definition.measure();
    Assessment assessment = judged.assessment();
    Optional<ReportedFigure> figure = assessment.figure();
    IndicatorCharts.IndicatorSpc spc =
        charts.analyse(judged.indicator(), examined.figures(), assessment.target(), month);
    Optional<VariationIcon> variation =
        spc.hasFigures() ? spc.result().variationIcon() : Optional.empty();
    Optional<AssuranceIcon> assurance =
        spc.hasFigures() && !definition.contextual()
            ? spc.result().assuranceIcon()
            : Optional.empty();
    List<ReportIndicator.HistoryPoint> history = history(measure, examined.figures(), month);
    String commentary =
        figure
            .flatMap(
                f ->
                    examined.figures().stream()
                        .filter(s -> s.state() == FigureState.APPROVED)
                        .filter(s -> s.period().equals(f.period()))
                        .findFirst())
            .map(s -> s.synthetic() ? "" : s.commentary())
            .orElse("");
    return new ReportIndicator(
        definition.code(),
        definition.name(),
        definition.definition(),
        definition.contextual(),
        definition.placement().departmentId().orElse(null),
        units.name("department", definition.placement().departmentId()),
        definition.placement().aimId().orElse(null),
        units.name("aim", definition.placement().aimId()),
        definition.placement().committeeId().orElse(null),
        units.name("committee", definition.placement().committeeId()),
        people.nameOf(definition.ownerUserId()),
        measure.unit().name(),
        measure.decimals(),
        measure.polarity().label(),
        measure.aggregation().label(),
        judged.figure(),
        figure.flatMap(ReportedFigure::value).map(measure::rounded).orElse(null),
        judged.period(),
        judged.target(),
        targetValue(measure, assessment.target()),
        judged.statusKey(),
        judged.statusLabel(),
        assessment.status().reason(),
        judged.computedStatusKey(),
        judged.computedStatusReason(),
        lastMonthStatus,
        assessment.againstPrevious().direction().label(),
        assessment.againstPrevious().reason(),
        assessment.againstLastYear().direction().label(),
        assessment.againstLastYear().reason(),
        assessment.headline().label(),
        judged.forecast(),
        assessment.forecast().value().map(measure::rounded).orElse(null),
        assessment.forecast().reason(),
        variation.map(VariationIcon::key).orElse(""),
        variation.map(VariationIcon::label).orElse(""),
        assurance.map(AssuranceIcon::key).orElse(""),
        assurance.map(AssuranceIcon::label).orElse(""),
        spc.hasFigures() ? spc.reading().summary() : "",
        history,
        commentary,
        note == null ? "" : note.explanation(),
        note == null ? "" : note.recoveryAction(),
        ReportChart.of(
            spcSettings,
            history,
            spc.definition().recalculations().stream()
                .map(ChartDefinition.Recalculation::starts)
                .toList(),
            spc.definition().baselinePoints()));
  }

  private static BigDecimal targetValue(Measure measure, TargetForPeriod target) {
    if (target instanceof TargetForPeriod.Point point) {
      return measure.rounded(point.value());
    }
    return null;
  }

  /**
   * Every approved figure up to the month, oldest first, as entered (a running total stays one).
   */
  static List<ReportIndicator.HistoryPoint> history(
      Measure measure, List<StoredFigure> figures, YearMonth month) {
    List<ReportIndicator.HistoryPoint> points = new ArrayList<>();
    for (StoredFigure figure : figures) {
      if (figure.state() != FigureState.APPROVED || !figure.period().endsBy(month)) {
        continue;
      }
      Optional<ExactValue> value = figure.figure().value(measure.unit().multiplier());
      if (value.isEmpty()) {
        continue;
      }
      Period period = figure.period();
      points.add(
          new ReportIndicator.HistoryPoint(
              period.label(),
              period.lastMonth(),
              measure.rounded(value.get()),
              measure.show(value.get())));
    }
    points.sort(Comparator.comparing(ReportIndicator.HistoryPoint::lastMonth));
    return points;
  }

  private List<ReportAction> actions(YearMonth month, Units units) {
    LocalDate day = month.atEndOfMonth();
    List<ReportAction> overdue = new ArrayList<>();
    List<ReportAction> others = new ArrayList<>();
    for (JudgedAction judged : actions.asAt(month)) {
      var definition = judged.definition();
      List<ReportAction.ReportMilestone> late =
          judged.closed()
              ? List.of()
              : definition.milestones().stream()
                  .filter(m -> m.overdueOn(day))
                  .map(m -> new ReportAction.ReportMilestone(m.title(), m.due()))
                  .toList();
      String next =
          definition.milestones().stream()
              .filter(m -> m.completedOn().isEmpty() && !m.due().isBefore(day))
              .min(Comparator.comparing(ActionMilestone::due))
              .map(m -> m.title() + " (due " + m.due() + ")")
              .orElse("");
      Optional<StoredProgress> progress = judged.latestApproved();
      ReportAction action =
          new ReportAction(
              judged.code(),
              definition.title(),
              units.name("aim", definition.aimId()),
              definition.committeeId().orElse(null),
              units.name("committee", definition.committeeId()),
              definition.leads().stream().map(Lead::departmentId).distinct().toList(),
              definition.leadOfficer(),
              judged.statusKey(),
              judged.statusLabel(),
              judged.reason(),
              definition.due(),
              progress.flatMap(p -> p.progress().percentComplete()).orElse(null),
              progress.map(p -> p.progress().commentary()).orElse(""),
              late,
              next);
      (late.isEmpty() ? others : overdue).add(action);
    }
    List<ReportAction> all = new ArrayList<>(overdue);
    all.addAll(others);
    return all;
  }

  /** The organisation's units read once for a report. */
  private static final class Units {
    private final List<OrganisationUnit> units;

    Units(List<OrganisationUnit> units) {
      this.units = units;
    }

    List<ReportUnit> of(String kind) {
      return units.stream()
          .filter(u -> u.kind().equals(kind))
          .map(u -> new ReportUnit(u.id(), u.name()))
          .toList();
    }

    String name(String kind, Optional<Long> id) {
      return id.flatMap(
              i ->
                  units.stream()
                      .filter(u -> u.kind().equals(kind) && u.id() == i)
                      .map(OrganisationUnit::name)
                      .findFirst())
          .orElse("Not assigned");
    }
  }
}
