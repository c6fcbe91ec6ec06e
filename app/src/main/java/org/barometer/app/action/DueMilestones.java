package org.barometer.app.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.action.ActionDates;
import org.barometer.core.action.MilestoneDates;
import org.springframework.stereotype.Service;

/**
 * Every open milestone past its date, then those due within some days, across the actions still
 * open (a completed, cancelled or deferred action has no milestones to chase).
 */
@Service
public class DueMilestones {

  /** How far ahead the list looks unless asked otherwise. */
  public static final int DEFAULT_DAYS = 30;

  static final int MOST_DAYS = 366;

  private final JudgeActions judge;

  DueMilestones(JudgeActions judge) {
    this.judge = judge;
  }

  /** The overdue milestones, earliest first, then those due from today to {@code days} later. */
  public List<DueMilestone> within(int days) {
    LocalDate today = judge.today();
    List<DueMilestone> overdue = new ArrayList<>();
    List<DueMilestone> soon = new ArrayList<>();
    for (JudgedAction action : judge.all()) {
      if (action.closed()) {
        continue;
      }
      ActionDates dates = action.definition().dates();
      overdue.addAll(matching(action, dates.overdueOn(today), true));
      soon.addAll(matching(action, dates.dueWithin(today, days), false));
    }
    Comparator<DueMilestone> byDate =
        Comparator.comparing(DueMilestone::due).thenComparing(m -> m.action().code().length());
    overdue.sort(byDate);
    soon.sort(byDate);
    overdue.addAll(soon);
    return overdue;
  }

  /**
   * How many days ahead to look, read from the text asked for: a whole number from 1 to 366; empty
   * text is {@link #DEFAULT_DAYS}. A wrong one puts an error on {@code days}.
   */
  public static Optional<Integer> days(String text, Map<String, String> errors) {
    String given = text == null ? "" : text.strip();
    if (given.isEmpty()) {
      return Optional.of(DEFAULT_DAYS);
    }
    if (given.matches("\\d{1,3}")) {
      int days = Integer.parseInt(given);
      if (days >= 1 && days <= MOST_DAYS) {
        return Optional.of(days);
      }
    }
    errors.put("days", "Give the number of days ahead as a whole number from 1 to " + MOST_DAYS);
    return Optional.empty();
  }

  private static List<DueMilestone> matching(
      JudgedAction action, List<MilestoneDates> chosen, boolean overdue) {
    return action.definition().milestones().stream()
        .filter(m -> chosen.contains(m.dates()))
        .map(m -> new DueMilestone(action, m, overdue))
        .toList();
  }
}
