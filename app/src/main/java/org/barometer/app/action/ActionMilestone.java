package org.barometer.app.action;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.action.MilestoneDates;
import org.barometer.core.action.Revision;

/**
 * A dated milestone of an action, as stored.
 *
 * @param position its place in the action, from 1, as printed
 * @param title what is to be done, as printed
 * @param originalDue the date first set
 * @param asPrinted that date as printed; empty when none was printed
 * @param correction why the date differs from the printed text; empty when it does not
 * @param revised the revised date and why, if it was moved
 * @param completedOn when it was completed, if it was
 * @param note anything noticed about it
 */
public record ActionMilestone(
    int position,
    String title,
    LocalDate originalDue,
    String asPrinted,
    String correction,
    Optional<Revision> revised,
    Optional<LocalDate> completedOn,
    String note) {

  public ActionMilestone {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(originalDue, "originalDue");
    asPrinted = asPrinted == null ? "" : asPrinted;
    correction = correction == null ? "" : correction;
    Objects.requireNonNull(revised, "revised");
    Objects.requireNonNull(completedOn, "completedOn");
    note = note == null ? "" : note;
  }

  public MilestoneDates dates() {
    return new MilestoneDates(title, originalDue, revised, completedOn);
  }

  /** The date that counts: the revised one when there is one. */
  public LocalDate due() {
    return dates().due();
  }

  public boolean overdueOn(LocalDate today) {
    return dates().overdueOn(today);
  }
}
