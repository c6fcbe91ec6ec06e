package org.barometer.core.action;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an action is due: its own due date, revised with a reason, or else its latest milestone; and
 * its dated milestones.
 *
 * @param ownDue the action's own due date, if it has one
 * @param revisedDue its own due date as revised, with the reason; only with an own due date
 * @param milestones its dated milestones, in the order printed
 */
public record ActionDates(
    Optional<LocalDate> ownDue, Optional<Revision> revisedDue, List<MilestoneDates> milestones) {

  private static final Comparator<MilestoneDates> BY_DUE =
      Comparator.comparing(MilestoneDates::due);

  public ActionDates {
    Objects.requireNonNull(ownDue, "ownDue");
    Objects.requireNonNull(revisedDue, "revisedDue");
    milestones = List.copyOf(Objects.requireNonNull(milestones, "milestones"));
    if (ownDue.isEmpty() && milestones.isEmpty()) {
      throw new IllegalArgumentException(
          "An action needs a due date of its own or at least one milestone");
    }
    if (ownDue.isEmpty() && revisedDue.isPresent()) {
      throw new IllegalArgumentException(
          "revisedDue revises the action's own due date, and this action has none");
    }
  }

  /** An action with its own due date and no milestones. */
  public static ActionDates dueOn(LocalDate due) {
    return new ActionDates(Optional.of(due), Optional.empty(), List.of());
  }

  /**
   * The date that counts for lateness: the revised own date, else the own date, else the latest
   * milestone's date.
   */
  public LocalDate due() {
    return revisedDue.map(Revision::date).or(() -> ownDue).orElseGet(() -> lastMilestone().due());
  }

  /** The milestones due before today and not completed, earliest first. */
  public List<MilestoneDates> overdueOn(LocalDate today) {
    return milestones.stream().filter(m -> m.overdueOn(today)).sorted(BY_DUE).toList();
  }

  /**
   * The milestones not completed and due from today to {@code days} later, inclusive, earliest
   * first.
   */
  public List<MilestoneDates> dueWithin(LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days cannot be negative");
    }
    LocalDate last = today.plusDays(days);
    return milestones.stream()
        .filter(m -> m.completedOn().isEmpty())
        .filter(m -> !m.due().isBefore(today) && !m.due().isAfter(last))
        .sorted(BY_DUE)
        .toList();
  }

  /**
   * The due date as a reason writes it: {@code "31 March 2017"}, with the original beside a revised
   * date, and naming the milestone when the action is due on its latest one.
   */
  String describeDue() {
    if (ownDue.isPresent()) {
      LocalDate own = ownDue.get();
      return WrittenDate.of(due())
          + revisedDue.map(r -> " (" + r.describeFrom(own) + ")").orElse("");
    }
    MilestoneDates last = lastMilestone();
    return WrittenDate.of(due())
        + " (the date of its last milestone, \""
        + last.title()
        + "\""
        + last.revised().map(r -> ", " + r.describeFrom(last.originalDue())).orElse("")
        + ")";
  }

  private MilestoneDates lastMilestone() {
    return milestones.stream().max(BY_DUE).orElseThrow();
  }
}
