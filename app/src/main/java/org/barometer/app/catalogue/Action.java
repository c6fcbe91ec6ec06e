package org.barometer.app.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A corporate priority action.
 *
 * @param number its number in the source
 * @param aim the corporate aim it serves
 * @param text the action as printed
 * @param leads its lead directorates, one or more (several for a joint action)
 * @param ownDue its own due date, when the source gives one
 * @param milestones its dated milestones, in printed order
 * @param note anything noticed about it
 */
public record Action(
    int number,
    String aim,
    String text,
    List<Ownership> leads,
    Optional<DueDate> ownDue,
    List<Milestone> milestones,
    String note) {

  public Action {
    Objects.requireNonNull(aim, "aim");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ownDue, "ownDue");
    leads = List.copyOf(leads);
    milestones = List.copyOf(milestones);
    note = note == null ? "" : note;
    if (leads.isEmpty()) {
      throw new IllegalArgumentException("Action " + number + " has no lead directorate");
    }
    if (ownDue.isEmpty() && milestones.isEmpty()) {
      throw new IllegalArgumentException("Action " + number + " has no due date and no milestone");
    }
  }

  /** The date it is due: its own, or else that of its latest milestone. */
  public LocalDate dueOn() {
    return ownDue
        .map(DueDate::date)
        .orElseGet(
            () ->
                milestones.stream()
                    .map(milestone -> milestone.due().date())
                    .max(Comparator.naturalOrder())
                    .orElseThrow());
  }

  /** Whether several directorates lead it jointly. */
  public boolean joint() {
    return leads.size() > 1;
  }
}
