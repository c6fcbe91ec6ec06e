package org.barometer.app.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.form.DateField;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action's owner or the performance team marks a milestone completed on a day, not after today;
 * it is then no longer overdue. The change is in the audit trail.
 */
@Service
public class CompleteMilestone {

  private final Actions actions;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  CompleteMilestone(Actions actions, Access access, AuditTrail audit, Clock clock) {
    this.actions = actions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Marks the milestone at {@code position} completed.
   *
   * @return what is wrong, by field; empty when stored. A stale form is refused under {@code
   *     version}.
   * @throws IllegalArgumentException when the action has no such milestone
   */
  @Transactional
  public Map<String, String> complete(
      StoredAction action, int position, CompletionForm form, String by) {
    if (!access.mayReportProgress(by, action.definition().ownerUserId())) {
      throw new AccessDeniedException(by + " may not complete milestones of " + action.code());
    }
    ActionMilestone milestone = Milestones.at(action.definition(), position);
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<LocalDate> on =
        DateField.read("completedOn", "the date it was completed", form.completedOn(), errors);
    if (milestone.completedOn().isPresent()) {
      errors.put(
          "completedOn",
          "It was completed on " + ActionPages.day(milestone.completedOn().get()) + " already");
    } else if (on.isEmpty() && !errors.containsKey("completedOn")) {
      errors.put("completedOn", "Give the date the milestone was completed");
    } else if (on.filter(d -> d.isAfter(LocalDate.now(clock))).isPresent()) {
      errors.put("completedOn", "The date it was completed cannot be after today");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    if (form.version() == null
        || !actions.completeMilestone(action.id(), form.version(), position, on.get())) {
      return ChangeReason.stale();
    }
    Map<String, String> after = new LinkedHashMap<>();
    after.put("milestone", Integer.toString(position));
    after.put("completedOn", on.get().toString());
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            "action.milestone.completed",
            "action",
            action.code(),
            null,
            AuditJson.of(after),
            null));
    return Map.of();
  }
}
