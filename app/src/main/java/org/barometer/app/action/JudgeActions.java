package org.barometer.app.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.action.ActionRule;
import org.springframework.stereotype.Service;

/** Judges actions today, each on its latest approved progress: drafts never feed a status. */
@Service
public class JudgeActions {

  private final Actions actions;
  private final Clock clock;

  JudgeActions(Actions actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  /** Every action in the plan, in number order. */
  public List<JudgedAction> all() {
    Map<Long, StoredProgress> latest = actions.latestApproved();
    LocalDate today = today();
    return actions.all().stream()
        .map(a -> judge(a, Optional.ofNullable(latest.get(a.id())), today))
        .toList();
  }

  /**
   * Every action in the plan as a month's report shows it: judged on the month's last day, on its
   * latest progress approved for a month up to then.
   */
  public List<JudgedAction> asAt(java.time.YearMonth month) {
    Map<Long, StoredProgress> latest = actions.latestApprovedUpTo(month);
    LocalDate day = month.atEndOfMonth();
    return actions.all().stream()
        .map(a -> judge(a, Optional.ofNullable(latest.get(a.id())), day))
        .toList();
  }

  public Optional<JudgedAction> one(String code) {
    return actions
        .byCode(code)
        .map(
            a ->
                judge(
                    a,
                    actions.progressOf(a.id()).stream()
                        .filter(StoredProgress::approved)
                        .reduce((earlier, later) -> later),
                    today()));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static JudgedAction judge(
      StoredAction action, Optional<StoredProgress> latest, LocalDate today) {
    return new JudgedAction(
        action,
        ActionRule.judge(action.definition().dates(), latest.map(StoredProgress::progress), today),
        latest);
  }
}
