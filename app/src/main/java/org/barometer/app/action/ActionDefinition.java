package org.barometer.app.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.action.ActionDates;
import org.barometer.core.action.Revision;

/**
 * What a corporate priority action is: its words, where it sits, who leads it and when it is due.
 *
 * @param code its number in the plan, as text
 * @param title a short name: the heading of the printed text, or the text itself
 * @param text the action as printed
 * @param aimId the corporate aim it serves
 * @param leads its lead directorates, one or more, in printed order
 * @param leadOfficer the officer who leads it, by name; empty when not known
 * @param ownerUserId the person who reports its progress
 * @param committeeId the scrutiny committee that looks at it
 * @param ownDue its own due date, when it has one
 * @param ownDueAsPrinted that date as printed
 * @param revisedDue its own due date as revised, with the reason
 * @param note anything noticed about it
 * @param milestones its dated milestones, in printed order
 * @param indicatorIds the indicators it relates to
 * @param priorityIds the corporate priorities of its aim that it serves
 */
public record ActionDefinition(
    String code,
    String title,
    String text,
    Optional<Long> aimId,
    List<Lead> leads,
    String leadOfficer,
    Optional<Long> ownerUserId,
    Optional<Long> committeeId,
    Optional<LocalDate> ownDue,
    String ownDueAsPrinted,
    Optional<Revision> revisedDue,
    String note,
    List<ActionMilestone> milestones,
    List<Long> indicatorIds,
    List<Long> priorityIds) {

  public ActionDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(aimId, "aimId");
    leads = List.copyOf(leads);
    leadOfficer = leadOfficer == null ? "" : leadOfficer;
    Objects.requireNonNull(ownerUserId, "ownerUserId");
    Objects.requireNonNull(committeeId, "committeeId");
    Objects.requireNonNull(ownDue, "ownDue");
    ownDueAsPrinted = ownDueAsPrinted == null ? "" : ownDueAsPrinted;
    Objects.requireNonNull(revisedDue, "revisedDue");
    note = note == null ? "" : note;
    milestones = List.copyOf(milestones);
    indicatorIds = List.copyOf(indicatorIds);
    priorityIds = List.copyOf(priorityIds);
    if (leads.isEmpty()) {
      throw new IllegalArgumentException("Action " + code + " has no lead directorate");
    }
    new ActionDates(ownDue, revisedDue, milestones.stream().map(ActionMilestone::dates).toList());
  }

  /** Its dates for the core's rule, which also checks it has a due date or a milestone. */
  public ActionDates dates() {
    return new ActionDates(
        ownDue, revisedDue, milestones.stream().map(ActionMilestone::dates).toList());
  }

  /** The date that counts for lateness. */
  public LocalDate due() {
    return dates().due();
  }

  /** The same action under another code: a copy to import or to try a change on. */
  public ActionDefinition withCode(String newCode) {
    return new ActionDefinition(
        newCode,
        title,
        text,
        aimId,
        leads,
        leadOfficer,
        ownerUserId,
        committeeId,
        ownDue,
        ownDueAsPrinted,
        revisedDue,
        note,
        milestones,
        indicatorIds,
        priorityIds);
  }
}
