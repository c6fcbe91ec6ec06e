package org.barometer.app.target;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.security.Access;
import org.barometer.core.indicator.Measure;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.TargetShape;
import org.barometer.core.target.TargetText;
import org.barometer.core.target.TargetVersion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team sets and changes an indicator's target for a year (domain.md section 4).
 * Every change is a new version with the decision behind it; the earlier ones stay, and a figure
 * for a past month is still judged against the target in force then.
 */
@Service
public class SetTarget {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Targets targets;
  private final Measurements measurements;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  SetTarget(
      Targets targets, Measurements measurements, Access access, AuditTrail audit, Clock clock) {
    this.targets = targets;
    this.measurements = measurements;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** What came of a change: the version stored, or the errors by field and nothing stored. */
  public record Outcome(Optional<StoredTarget> stored, Map<String, String> errors) {

    static Outcome refused(Map<String, String> errors) {
      return new Outcome(Optional.empty(), errors);
    }

    /** Whether it was refused because someone else changed the year's target meanwhile. */
    public boolean stale() {
      return errors.containsKey("basedOn");
    }
  }

  /** Whether a person may set targets. */
  public boolean maySet(String user) {
    return access.mayApprove(user);
  }

  /**
   * Adds a version of the indicator's target for the year, or says what is wrong with the form.
   *
   * @throws AccessDeniedException when the person is not in the performance team
   */
  @Transactional
  public Outcome set(IndicatorVersion indicator, FinancialYear year, TargetForm form, String user) {
    if (!maySet(user)) {
      throw new AccessDeniedException("Only the performance team sets targets");
    }
    long id = indicator.indicatorId();
    targets.lock(id);
    Optional<StoredTarget> latest = targets.latest(id, year);
    long seen = form.basedOn() == null ? 0 : form.basedOn();
    if (seen != latest.map(StoredTarget::id).orElse(0L)) {
      return Outcome.refused(Map.of("basedOn", changedMeanwhile(latest.get(), indicator)));
    }
    Instant now = clock.instant();
    Measure measure = indicator.definition().measure();
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<TargetFields.Proposal> proposal =
        TargetFields.read(
            form,
            measure,
            year,
            LocalDate.ofInstant(now, clock.getZone()),
            years ->
                TargetShape.of(
                    measure, measurements.seriesOf(id, measure.frequency(), true), years),
            errors);
    if (latest.isPresent() && clean(form.reason()).isEmpty()) {
      errors.put("reason", "Say why the target changes: the earlier one is kept beside it");
    }
    if (proposal.isEmpty() || !errors.isEmpty()) {
      return Outcome.refused(errors);
    }
    TargetFields.Proposal p = proposal.get();
    String why = p.reason().isEmpty() ? "target set" : p.reason();
    TargetVersion version =
        new TargetVersion(year, p.target(), p.appliesFrom(), p.decision(), why, user, now);
    Optional<TargetVersion> before = targets.historyOf(id).inForceFor(p.appliesFrom());
    long stored = targets.add(id, version, "", "");
    audit.record(
        new AuditEvent(
            now,
            user,
            latest.isPresent() ? "target.changed" : "target.set",
            "indicator",
            indicator.definition().code(),
            before.map(v -> summary(v, measure)).orElse(null),
            summary(version, measure),
            why));
    return new Outcome(targets.of(id).stream().filter(t -> t.id() == stored).findFirst(), Map.of());
  }

  private static String changedMeanwhile(StoredTarget latest, IndicatorVersion indicator) {
    TargetVersion v = latest.version();
    return "Someone else changed this year's target since you opened the page: "
        + v.recordedBy()
        + " set it to "
        + TargetText.of(v.target(), indicator.definition().measure())
        + " from "
        + v.appliesFrom().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK))
        + " on "
        + WHEN.format(v.recordedAt().atZone(UK))
        + ". Check it, then send your change again if it is still needed";
  }

  /** A target version as the audit trail keeps it. */
  static String summary(TargetVersion v, Measure measure) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("year", v.year().label());
    fields.put("kind", TargetKind.of(v.target()).name());
    fields.put("target", TargetText.of(v.target(), measure));
    fields.put("appliesFrom", v.appliesFrom().toString());
    fields.put("proposedBy", v.decision().proposedBy());
    fields.put("agreedBy", v.decision().agreedBy());
    fields.put("decidedOn", v.decision().decidedOn().map(LocalDate::toString).orElse(""));
    fields.put("reference", v.decision().reference());
    return AuditJson.of(fields);
  }

  /** The month a change applies from unless chosen: this month within the year, else April. */
  static YearMonth defaultFrom(FinancialYear year, LocalDate today) {
    YearMonth now = YearMonth.from(today);
    return year.contains(now) ? now : year.firstMonth();
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
