package org.barometer.app.action;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.barometer.app.security.Access;
import org.springframework.stereotype.Service;

/** The actions a person owns, with their status and what they report next. */
@Service
public class MyActions {

  private final JudgeActions judge;
  private final Actions actions;
  private final Access access;

  MyActions(JudgeActions judge, Actions actions, Access access) {
    this.judge = judge;
    this.actions = actions;
    this.access = access;
  }

  /** The actions {@code username} owns, in plan order; none for someone who owns none. */
  public List<OwnedAction> of(String username) {
    Optional<Long> id = access.idOf(username);
    YearMonth thisMonth = YearMonth.from(judge.today());
    return judge.all().stream()
        .filter(a -> id.isPresent() && a.definition().ownerUserId().equals(id))
        .map(a -> new OwnedAction(a, next(a, thisMonth)))
        .toList();
  }

  private Optional<NextReport> next(JudgedAction action, YearMonth thisMonth) {
    if (action.closed()) {
      return Optional.empty();
    }
    return Optional.of(NextReport.of(actions.progressOf(action.action().id()), thisMonth));
  }
}
