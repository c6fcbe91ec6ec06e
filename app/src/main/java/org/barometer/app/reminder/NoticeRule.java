package org.barometer.app.reminder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.measurement.FigureState;
import org.barometer.core.calendar.WorkingDays;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;

/**
 * When the owner of a figure is reminded and when chased (domain.md section 12). A figure is due on
 * the {@code dueWorkingDays}th working day after its period ends. Its owner is reminded from {@code
 * daysBefore} working days before that day (never before the period has ended) up to the due day
 * itself, and chased from the day after, until the next period's figure is due. A figure submitted
 * or approved needs neither; a draft or a returned figure still does. Each notice is sent once: one
 * already sent is not due again.
 *
 * @param dueWorkingDays N, the organisation's due working day, 1 to 60
 * @param daysBefore how many working days before the due day the reminder starts, 0 to 60
 */
public record NoticeRule(int dueWorkingDays, int daysBefore) {

  public NoticeRule {
    if (daysBefore < 0 || daysBefore > 60) {
      throw new IllegalArgumentException(
          "Remind 0 to 60 working days before the due day, not " + daysBefore);
    }
    WorkingDays.dueDate(YearMonth.of(2000, 1), dueWorkingDays);
  }

  public LocalDate dueDate(Period period) {
    return WorkingDays.dueDate(period.lastMonth(), dueWorkingDays);
  }

  /** The first day on which the owner is reminded. */
  public LocalDate remindFrom(Period period) {
    LocalDate dayAfterEnd = period.lastMonth().atEndOfMonth().plusDays(1);
    LocalDate before = WorkingDays.workingDaysBefore(dueDate(period), daysBefore);
    return before.isAfter(dayAfterEnd) ? before : dayAfterEnd;
  }

  /**
   * The periods of the frequency that may need a notice on the day, latest first: those that have
   * ended and whose next period's figure is not yet due.
   */
  public List<Period> periodsInPlay(Frequency frequency, LocalDate today) {
    List<Period> periods = new ArrayList<>();
    Period period = frequency.latestEndedBy(YearMonth.from(today).minusMonths(1));
    while (!today.isAfter(dueDate(next(period)))) {
      periods.add(period);
      period = period.previous();
    }
    return periods;
  }

  /**
   * The notice a period's figure needs on the day, if any.
   *
   * @param state the state of its figure, empty when there is none
   * @param sent the notices about it already sent to the person
   */
  public Optional<NoticeKind> needed(
      Period period, LocalDate today, Optional<FigureState> state, Set<NoticeKind> sent) {
    if (state.filter(s -> s == FigureState.SUBMITTED || s == FigureState.APPROVED).isPresent()) {
      return Optional.empty();
    }
    Optional<NoticeKind> kind = Optional.empty();
    if (today.isAfter(dueDate(period))) {
      kind = today.isAfter(dueDate(next(period))) ? kind : Optional.of(NoticeKind.CHASE);
    } else if (!today.isBefore(remindFrom(period))) {
      kind = Optional.of(NoticeKind.REMINDER);
    }
    return kind.filter(k -> !sent.contains(k));
  }

  /**
   * The periods before {@code period} whose figures are missing too, oldest first, as My figures
   * asks for them: every period after the latest figure submitted or approved before {@code
   * period}, up to {@code limit} of the latest. None when no earlier figure was ever submitted (a
   * new indicator, whose history is not the owner's to fill).
   *
   * @param settled the periods with a figure submitted or approved
   */
  public static List<Period> earlierMissing(Period period, Set<Period> settled, int limit) {
    Optional<Period> latestSettled =
        settled.stream().filter(p -> p.compareTo(period) < 0).max(Period::compareTo);
    if (latestSettled.isEmpty()) {
      return List.of();
    }
    List<Period> missing = new ArrayList<>();
    for (Period p = period.previous();
        p.compareTo(latestSettled.get()) > 0 && missing.size() < limit;
        p = p.previous()) {
      if (!settled.contains(p)) {
        missing.add(0, p);
      }
    }
    return missing;
  }

  private static Period next(Period period) {
    return period.frequency().periodContaining(period.lastMonth().plusMonths(1));
  }
}
