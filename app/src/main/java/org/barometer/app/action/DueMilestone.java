package org.barometer.app.action;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open milestone past its date or due soon, with its action.
 *
 * @param action the action, with its status
 * @param milestone the milestone, not completed
 * @param overdue whether its date has passed
 */
public record DueMilestone(JudgedAction action, ActionMilestone milestone, boolean overdue) {

  public DueMilestone {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(milestone, "milestone");
  }

  /** The date that counts: the revised one when there is one. */
  public LocalDate due() {
    return milestone.due();
  }
}
