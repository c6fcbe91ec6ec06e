package org.barometer.app.collection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.security.Access;
import org.barometer.app.target.Targets;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.check.CheckResult;
import org.barometer.core.check.FigureChecks;
import org.barometer.core.check.Problem;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Period;
import org.barometer.core.status.Rag;
import org.barometer.core.status.Tolerance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An owner enters a figure for a period: it is read field by field, checked, and stored as a draft
 * or submitted for approval, with the change in the audit trail. A refused figure stores nothing.
 */
@Service
public class EnterFigure {

  private final Measurements measurements;
  private final Targets targets;
  private final OrganisationSettings settings;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  EnterFigure(
      Measurements measurements,
      Targets targets,
      OrganisationSettings settings,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.measurements = measurements;
    this.targets = targets;
    this.settings = settings;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Enters the figure typed in {@code form} for the indicator and period, as {@code user}. */
  @Transactional
  public EntryResult enter(
      IndicatorVersion indicator, Period period, FigureForm form, String user) {
    if (!access.mayEnterFigures(user, indicator.definition().ownerUserId())) {
      throw new AccessDeniedException(user + " may not enter figures for this indicator");
    }
    Optional<String> early = PeriodEnded.refusal(period, clock, "entered");
    if (early.isPresent()) {
      return EntryResult.refused(Map.of("month", early.get()));
    }
    Measure measure = indicator.definition().measure();
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Figure> figure = FigureFields.read(measure, form, errors);
    Optional<BigDecimal> forecast = FigureFields.forecast(form, errors);
    FigureFields.texts(form, errors);
    if (figure.isEmpty() || !errors.isEmpty()) {
      return EntryResult.refused(errors);
    }
    check(indicator, period, figure.get(), form, errors);
    boolean approved =
        measurements
            .at(indicator.indicatorId(), period)
            .filter(f -> f.state() == FigureState.APPROVED)
            .isPresent();
    if (approved && form.correction().isEmpty()) {
      errors.put(
          "correction",
          "This figure is approved and may be published already: say why it is corrected, for"
              + " the next report's revisions");
    }
    if (!errors.isEmpty()) {
      return EntryResult.refused(errors);
    }
    EntryResult result = store(indicator, period, figure.get(), form, user);
    if (result.stored()) {
      measurements
          .at(indicator.indicatorId(), period)
          .ifPresent(f -> measurements.setOwnerForecast(f.id(), forecast.orElse(null)));
    }
    return result;
  }

  private void check(
      IndicatorVersion indicator,
      Period period,
      Figure figure,
      FigureForm form,
      Map<String, String> errors) {
    Measure measure = indicator.definition().measure();
    List<StoredFigure> earlier =
        measurements.of(indicator.indicatorId()).stream()
            .filter(f -> f.state() == FigureState.APPROVED && f.period().compareTo(period) < 0)
            .toList();
    List<ExactValue> history =
        earlier.stream()
            .flatMap(f -> f.figure().value(measure.unit().multiplier()).stream())
            .toList();
    CheckResult result = FigureChecks.check(measure, figure, history);
    for (Problem problem : result.refusals()) {
      errors.putIfAbsent(problem.field(), problem.message());
    }
    if (result.refused()) {
      return;
    }
    if (result.needsExplanation() && form.explanation().isEmpty()) {
      errors.put("explanation", result.explanationNeeded().get(0).message());
    }
    if (form.submitting() && form.commentary().isEmpty() && wouldBeRed(indicator, period, figure)) {
      errors.put(
          "commentary",
          "This figure is red against its target: say what happened and what is being done");
    }
  }

  private boolean wouldBeRed(IndicatorVersion indicator, Period period, Figure figure) {
    Measure measure = indicator.definition().measure();
    Series series =
        measurements
            .seriesOf(indicator.indicatorId(), measure.frequency(), true)
            .with(new Measurement(period, figure, true, indicator.version()));
    Assessment assessment =
        Assessment.of(
            measure,
            series,
            targets.historyOf(indicator.indicatorId()),
            indicator.definition().contextual(),
            Tolerance.effective(indicator.definition().tolerance(), settings.defaultTolerance()),
            period.lastMonth(),
            Optional.empty());
    return assessment.status().rag().filter(rag -> rag == Rag.RED).isPresent();
  }

  private EntryResult store(
      IndicatorVersion indicator, Period period, Figure figure, FigureForm form, String user) {
    Instant now = clock.instant();
    FigureState state = form.submitting() ? FigureState.SUBMITTED : FigureState.DRAFT;
    long indicatorId = indicator.indicatorId();
    Optional<StoredFigure> existing = measurements.at(indicatorId, period);
    if (existing.isPresent()) {
      StoredFigure before = existing.get();
      boolean changed =
          form.version() != null
              && measurements.change(
                  before.id(),
                  form.version(),
                  figure,
                  state,
                  form.commentary(),
                  form.explanation(),
                  form.correction(),
                  user,
                  now);
      if (!changed) {
        return EntryResult.conflict(measurements.byId(before.id()).orElse(before));
      }
      record(
          user,
          now,
          state,
          indicator,
          period,
          describe(before.figure(), before.state(), before.commentary()),
          figure,
          form);
      return EntryResult.ok();
    }
    Optional<Long> added =
        measurements.addIfAbsent(
            indicatorId, period, figure, state, form.commentary(), indicator.version(), user, now);
    if (added.isEmpty()) {
      return EntryResult.conflict(measurements.at(indicatorId, period).orElseThrow());
    }
    record(user, now, state, indicator, period, null, figure, form);
    return EntryResult.ok();
  }

  private void record(
      String user,
      Instant now,
      FigureState state,
      IndicatorVersion indicator,
      Period period,
      String before,
      Figure figure,
      FigureForm form) {
    audit.record(
        new AuditEvent(
            now,
            user,
            state == FigureState.SUBMITTED ? "figure.submitted" : "figure.saved",
            "indicator",
            indicator.definition().code(),
            before,
            describe(figure, state, form, period),
            reason(form)));
  }

  private static String reason(FigureForm form) {
    if (!form.correction().isEmpty()) {
      return form.explanation().isEmpty()
          ? form.correction()
          : form.correction() + " (" + form.explanation() + ")";
    }
    return form.explanation().isEmpty() ? null : form.explanation();
  }

  static String describe(Figure figure, FigureState state, String commentary) {
    return AuditJson.of(fields(figure, state, commentary));
  }

  private static String describe(Figure figure, FigureState state, FigureForm form, Period period) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("period", period.label());
    fields.putAll(fields(figure, state, form.commentary()));
    if (!form.forecast().isEmpty()) {
      fields.put("ownerForecast", form.forecast());
    }
    return AuditJson.of(fields);
  }

  private static Map<String, String> fields(Figure figure, FigureState state, String commentary) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (figure instanceof Figure.Ratio ratio) {
      fields.put("numerator", plain(ratio.numerator()));
      fields.put("denominator", plain(ratio.denominator()));
    } else {
      fields.put("value", plain(((Figure.Plain) figure).value()));
    }
    fields.put("state", state.name());
    fields.put("commentary", commentary);
    return fields;
  }

  private static String plain(BigDecimal number) {
    return number.toPlainString();
  }
}
