package org.barometer.app.action;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The month an owner reports on next, and where its progress is: the earliest month returned to
 * them, else the month now begun.
 *
 * @param month the month to report on
 * @param progress that month's progress, if any is recorded
 */
public record NextReport(YearMonth month, Optional<StoredProgress> progress) {

  public NextReport {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(progress, "progress");
  }

  /** From an action's progress, oldest first. */
  public static NextReport of(List<StoredProgress> progress, YearMonth thisMonth) {
    Optional<StoredProgress> returned =
        progress.stream().filter(p -> p.state() == ProgressState.RETURNED).findFirst();
    if (returned.isPresent()) {
      return new NextReport(returned.get().progress().month(), returned);
    }
    return new NextReport(
        thisMonth,
        progress.stream().filter(p -> p.progress().month().equals(thisMonth)).findFirst());
  }

  /** {@code AWAITED} when nothing is recorded, else the progress's state: DRAFT, SUBMITTED... */
  public String stateKey() {
    return progress.map(p -> p.state().name()).orElse("AWAITED");
  }

  /** The state in words, with the reason when it was returned. */
  public String stateLabel() {
    if (progress.isEmpty()) {
      return "Awaited";
    }
    StoredProgress p = progress.get();
    switch (p.state()) {
      case DRAFT:
        return "Awaited: a draft is saved, not yet submitted";
      case SUBMITTED:
        return "Submitted, waiting for approval";
      case RETURNED:
        return "Returned: " + p.returnedReason();
      default:
        return "Approved";
    }
  }
}
