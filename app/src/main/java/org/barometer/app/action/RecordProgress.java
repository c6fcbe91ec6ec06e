package org.barometer.app.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Access;
import org.barometer.core.action.Progress;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of an action (or the performance team) records its progress for a month: read field by
 * field, stored as a draft or submitted for approval, with the change in the audit trail. Refused
 * progress stores nothing.
 */
@Service
public class RecordProgress {

  private final Actions actions;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  RecordProgress(Actions actions, Access access, AuditTrail audit, Clock clock) {
    this.actions = actions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether {@code user} may report on the action: its owner or the performance team. */
  public boolean mayRecord(String user, StoredAction action) {
    return access.mayReportProgress(user, action.definition().ownerUserId());
  }

  @Transactional
  public ProgressResult record(
      StoredAction action, YearMonth month, ProgressForm form, String user) {
    if (!mayRecord(user, action)) {
      throw new AccessDeniedException(user + " may not report progress on action " + action.code());
    }
    LocalDate today = LocalDate.now(clock);
    Map<String, String> errors = new LinkedHashMap<>();
    if (month.isAfter(YearMonth.from(today))) {
      errors.put("month", "Progress is reported for a month that has begun, not for " + month);
    }
    Optional<Progress> progress = ProgressFields.read(form, month, today, errors);
    if (progress.isEmpty() || !errors.isEmpty()) {
      return ProgressResult.refused(errors);
    }
    return store(action, progress.get(), form, user);
  }

  private ProgressResult store(
      StoredAction action, Progress progress, ProgressForm form, String user) {
    Instant now = clock.instant();
    ProgressState state = form.submitting() ? ProgressState.SUBMITTED : ProgressState.DRAFT;
    Optional<StoredProgress> existing = actions.progressAt(action.id(), progress.month());
    String before = null;
    if (existing.isPresent()) {
      StoredProgress old = existing.get();
      boolean changed =
          form.version() != null
              && actions.changeProgress(old.id(), form.version(), progress, state, user, now);
      if (!changed) {
        return ProgressResult.conflict(
            actions.progressAt(action.id(), progress.month()).orElse(old));
      }
      before = AuditJson.of(described(old.progress(), old.state()));
    } else if (actions.addProgressIfAbsent(action.id(), progress, state, user, now).isEmpty()) {
      return ProgressResult.conflict(
          actions.progressAt(action.id(), progress.month()).orElseThrow());
    }
    audit.record(
        new AuditEvent(
            now,
            user,
            state == ProgressState.SUBMITTED
                ? "action.progress.submitted"
                : "action.progress.saved",
            "action",
            action.code(),
            before,
            AuditJson.of(described(progress, state)),
            null));
    return ProgressResult.ok();
  }

  static Map<String, String> described(Progress p, ProgressState state) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("month", p.month().toString());
    fields.put("status", p.status().name());
    fields.put("percentComplete", p.percentComplete().map(String::valueOf).orElse(""));
    fields.put("commentary", p.commentary());
    fields.put("reason", p.reason());
    fields.put("completedOn", p.completedOn().map(LocalDate::toString).orElse(""));
    fields.put("state", state.name());
    return fields;
  }
}
