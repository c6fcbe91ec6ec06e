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
import org.barometer.core.action.Revision;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action's owner or the performance team revises the due date of an action, or of one of its
 * milestones, with a reason. The original date is kept and shown beside it; the revised one counts
 * for lateness from then on. The change is in the audit trail.
 */
@Service
public class ReviseDueDate {

  private final Actions actions;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ReviseDueDate(Actions actions, Access access, AuditTrail audit, Clock clock) {
    this.actions = actions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Revises the action's own due date, or the milestone's at {@code milestone} (its position).
   *
   * @return what is wrong, by field; empty when stored. A stale form is refused under {@code
   *     version}.
   * @throws IllegalArgumentException when the action has no such date to revise
   */
  @Transactional
  public Map<String, String> revise(
      StoredAction action, Optional<Integer> milestone, DueDateForm form, String by) {
    if (!access.mayReportProgress(by, action.definition().ownerUserId())) {
      throw new AccessDeniedException(by + " may not change the dates of action " + action.code());
    }
    Dated dated = Dated.of(action.definition(), milestone);
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<LocalDate> date = DateField.read("due", "the new due date", form.due(), errors);
    if (date.isEmpty() && !errors.containsKey("due")) {
      errors.put("due", "Give the new due date");
    } else if (date.filter(dated.due()::equals).isPresent()) {
      errors.put("due", "It is due on " + ActionPages.day(dated.due()) + " already");
    } else if (date.filter(dated.original()::equals).isPresent()) {
      errors.put("due", "That is its original date: give a revised one");
    }
    ChangeReason.check(form.reason(), "Say why the due date changes", errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    Revision revision = new Revision(date.get(), form.reason());
    boolean stored =
        form.version() != null
            && milestone
                .map(n -> actions.reviseMilestone(action.id(), form.version(), n, revision))
                .orElseGet(() -> actions.reviseDue(action.id(), form.version(), revision));
    if (!stored) {
      return ChangeReason.stale();
    }
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            milestone.isPresent() ? "action.milestone.due-revised" : "action.due-revised",
            "action",
            action.code(),
            AuditJson.of(dated.described(dated.due())),
            AuditJson.of(dated.described(date.get())),
            form.reason()));
    return Map.of();
  }

  /** The date being revised: the action's own, or a milestone's. */
  private record Dated(String what, LocalDate original, LocalDate due) {

    static Dated of(ActionDefinition d, Optional<Integer> milestone) {
      if (milestone.isPresent()) {
        ActionMilestone m = Milestones.at(d, milestone.get());
        return new Dated("milestone " + m.position(), m.originalDue(), m.due());
      }
      LocalDate own =
          d.ownDue()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Action " + d.code() + " is due on its last milestone"));
      return new Dated("action", own, d.due());
    }

    Map<String, String> described(LocalDate date) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("of", what);
      fields.put("original", original.toString());
      fields.put("due", date.toString());
      return fields;
    }
  }
}
