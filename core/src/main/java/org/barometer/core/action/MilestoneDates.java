package org.barometer.core.action;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated milestone of an action: its original due date, a revised one with its reason, and the
 * date it was completed.
 *
 * @param title what the milestone is, as printed
 * @param originalDue the date first set
 * @param revised the revised date and why, if it was moved
 * @param completedOn when it was completed, if it was
 */
public record MilestoneDates(
    String title,
    LocalDate originalDue,
    Optional<Revision> revised,
    Optional<LocalDate> completedOn) {

  public MilestoneDates {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A milestone needs a title");
    }
    Objects.requireNonNull(originalDue, "originalDue");
    Objects.requireNonNull(revised, "revised");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  /** The date that counts: the revised date when there is one, else the original. */
  public LocalDate due() {
    return revised.map(Revision::date).orElse(originalDue);
  }

  /**
   * Due before today and not completed. A milestone due today is not overdue. The completion date
   * is taken as recorded: judge a past month with the milestones as they were known then.
   */
  public boolean overdueOn(LocalDate today) {
    return completedOn.isEmpty() && due().isBefore(today);
  }

  /** The due date as a reason writes it, with the original beside a revised one. */
  String describeDue() {
    return WrittenDate.of(due())
        + revised.map(r -> " (" + r.describeFrom(originalDue) + ")").orElse("");
  }
}
