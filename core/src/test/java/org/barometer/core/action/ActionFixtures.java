package org.barometer.core.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Short ways to write dates, milestones and progress in the action tests. */
final class ActionFixtures {

  static final YearMonth JUNE_2017 = YearMonth.of(2017, 6);

  private ActionFixtures() {}

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static MilestoneDates milestone(String title, String due) {
    return new MilestoneDates(title, day(due), Optional.empty(), Optional.empty());
  }

  static MilestoneDates revisedMilestone(String title, String original, String revised) {
    return new MilestoneDates(
        title,
        day(original),
        Optional.of(new Revision(day(revised), "the survey came back late")),
        Optional.empty());
  }

  static MilestoneDates completedMilestone(String title, String due, String completedOn) {
    return new MilestoneDates(title, day(due), Optional.empty(), Optional.of(day(completedOn)));
  }

  static ActionDates dueOn(String due, MilestoneDates... milestones) {
    return new ActionDates(Optional.of(day(due)), Optional.empty(), List.of(milestones));
  }

  static ActionDates revised(String original, String revised, String reason) {
    return new ActionDates(
        Optional.of(day(original)), Optional.of(new Revision(day(revised), reason)), List.of());
  }

  static ActionDates onMilestones(MilestoneDates... milestones) {
    return new ActionDates(Optional.empty(), Optional.empty(), List.of(milestones));
  }

  /** The owner's progress for June 2017, with no reason and no completion. */
  static Optional<Progress> reported(ProgressStatus status) {
    return Optional.of(new Progress(JUNE_2017, status, Optional.empty(), "", "", Optional.empty()));
  }

  static Optional<Progress> reported(ProgressStatus status, int percent) {
    return Optional.of(
        new Progress(JUNE_2017, status, Optional.of(percent), "", "", Optional.empty()));
  }

  static Optional<Progress> closed(ProgressStatus status, String reason) {
    return Optional.of(
        new Progress(JUNE_2017, status, Optional.empty(), "", reason, Optional.empty()));
  }

  static Optional<Progress> completedOn(String date) {
    return Optional.of(
        new Progress(
            JUNE_2017, ProgressStatus.COMPLETED, Optional.of(100), "", "", Optional.of(day(date))));
  }
}
