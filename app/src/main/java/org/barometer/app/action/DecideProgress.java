package org.barometer.app.action;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team approves an action's submitted progress, which then feeds its status, or
 * returns it to the owner with a reason.
 */
@Service
public class DecideProgress {

  private final Actions actions;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  DecideProgress(Actions actions, Access access, AuditTrail audit, Clock clock) {
    this.actions = actions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  public boolean mayDecide(String user) {
    return access.mayApprove(user);
  }

  /**
   * Approves or returns the month's progress.
   *
   * @param decision {@code approve} or {@code return}
   * @return the errors by field; empty when done
   */
  @Transactional
  public Map<String, String> decide(
      StoredAction action,
      YearMonth month,
      String decision,
      Integer version,
      String reason,
      String user) {
    if (!mayDecide(user)) {
      throw new AccessDeniedException(user + " may not approve progress");
    }
    String why = reason == null ? "" : reason.strip();
    Optional<ProgressState> outcome = outcomeOf(decision);
    if (outcome.isEmpty()) {
      return Map.of("decision", "Choose to approve the progress or to return it");
    }
    if (outcome.get() == ProgressState.RETURNED && why.isEmpty()) {
      return Map.of("reason", "Say why the progress is returned, so its owner can put it right");
    }
    if (why.length() > ProgressFields.MAX_REASON) {
      return Map.of("reason", "The reason is at most " + ProgressFields.MAX_REASON + " characters");
    }
    Optional<StoredProgress> progress = actions.progressAt(action.id(), month);
    if (version == null
        || progress.isEmpty()
        || !actions.decideProgress(
            progress.get().id(), version, outcome.get(), why, user, clock.instant())) {
      return Map.of(
          "version",
          "This progress changed since it was shown, or is not waiting for a decision: look again");
    }
    record(action, progress.get(), outcome.get(), why, user);
    return Map.of();
  }

  private void record(
      StoredAction action, StoredProgress before, ProgressState decision, String why, String user) {
    Instant now = clock.instant();
    String month = before.progress().month().toString();
    audit.record(
        new AuditEvent(
            now,
            user,
            decision == ProgressState.APPROVED
                ? "action.progress.approved"
                : "action.progress.returned",
            "action",
            action.code(),
            AuditJson.of(Map.of("month", month, "state", before.state().name())),
            AuditJson.of(Map.of("month", month, "state", decision.name())),
            why.isEmpty() ? null : why));
  }

  private static Optional<ProgressState> outcomeOf(String decision) {
    if ("approve".equals(decision)) {
      return Optional.of(ProgressState.APPROVED);
    }
    return "return".equals(decision) ? Optional.of(ProgressState.RETURNED) : Optional.empty();
  }
}
