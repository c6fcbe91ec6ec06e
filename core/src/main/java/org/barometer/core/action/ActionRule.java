package org.barometer.core.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.status.Rag;

/**
 * Judges a priority action for the report, as in section 10 of the domain rules.
 *
 * <p>Completed: shown with its date. Cancelled or deferred: no colour, with the owner's reason.
 * Otherwise red when past its due date and not complete, or when its owner reports it significantly
 * off track; amber on slippage or when a milestone is overdue; green when on track. Red outranks
 * amber, amber outranks green. Not started (or nothing reported yet), not yet due and no milestone
 * overdue: "not started", no colour. Due today is not yet past due.
 */
public final class ActionRule {

  private ActionRule() {}

  /** The action's status on {@code today}, given its dates and its owner's latest progress. */
  public static ActionStatus judge(ActionDates dates, Optional<Progress> latest, LocalDate today) {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(today, "today");
    Optional<ProgressStatus> reported = latest.map(Progress::status);
    if (reported.filter(ProgressStatus::closesTheAction).isPresent()) {
      return closed(dates, latest.orElseThrow());
    }
    List<Cause> causes = causes(dates, latest, today);
    String owner = ownersWord(latest);
    if (!causes.isEmpty()) {
      return rated(causes, ownerIsACause(reported) ? "" : "; " + owner);
    }
    String due = "it is due on " + dates.describeDue();
    if (reported.equals(Optional.of(ProgressStatus.ON_TRACK))) {
      return new ActionStatus.Rated(Rag.GREEN, "Green: " + owner + ", and " + due);
    }
    return new ActionStatus.NotStarted("Not started: " + owner + "; " + due);
  }

  private static ActionStatus closed(ActionDates dates, Progress progress) {
    if (progress.status() == ProgressStatus.COMPLETED) {
      LocalDate on = progress.completedOn().orElseThrow();
      String late = on.isAfter(dates.due()) ? ", after its due date of " + dates.describeDue() : "";
      return new ActionStatus.Completed(on, "Completed on " + WrittenDate.of(on) + late);
    }
    return new ActionStatus.Closed(
        progress.status(),
        progress.status().label()
            + ", as its owner reported for "
            + WrittenDate.of(progress.month())
            + ": "
            + progress.reason().strip());
  }

  /** Every cause of red or amber, the deciding one first: dates before the owner's word. */
  private static List<Cause> causes(ActionDates dates, Optional<Progress> latest, LocalDate today) {
    Optional<ProgressStatus> reported = latest.map(Progress::status);
    List<Cause> causes = new ArrayList<>();
    if (today.isAfter(dates.due())) {
      causes.add(
          new Cause(Rag.RED, "past its due date of " + dates.describeDue() + " and not complete"));
    }
    if (reported.equals(Optional.of(ProgressStatus.SIGNIFICANTLY_OFF_TRACK))) {
      causes.add(new Cause(Rag.RED, ownersWord(latest)));
    }
    List<MilestoneDates> overdue = dates.overdueOn(today);
    if (!overdue.isEmpty()) {
      causes.add(new Cause(Rag.AMBER, overdueMilestones(overdue)));
    }
    if (reported.equals(Optional.of(ProgressStatus.SOME_SLIPPAGE))) {
      causes.add(new Cause(Rag.AMBER, ownersWord(latest)));
    }
    return causes;
  }

  /**
   * The deciding cause first, then "; also" each other one, then the owner's word if not yet said.
   */
  private static ActionStatus rated(List<Cause> causes, String ownersWord) {
    Rag colour = causes.get(0).colour();
    StringBuilder reason = new StringBuilder(colour.label()).append(": ");
    reason.append(causes.get(0).text());
    causes.stream().skip(1).forEach(c -> reason.append("; also ").append(c.text()));
    return new ActionStatus.Rated(colour, reason.append(ownersWord).toString());
  }

  private static boolean ownerIsACause(Optional<ProgressStatus> reported) {
    return reported.equals(Optional.of(ProgressStatus.SIGNIFICANTLY_OFF_TRACK))
        || reported.equals(Optional.of(ProgressStatus.SOME_SLIPPAGE));
  }

  private static String overdueMilestones(List<MilestoneDates> overdue) {
    MilestoneDates first = overdue.get(0);
    String named = "\"" + first.title() + "\"";
    if (overdue.size() == 1) {
      return "its milestone "
          + named
          + " was due on "
          + first.describeDue()
          + " and is not complete";
    }
    return overdue.size()
        + " of its milestones are overdue, the first being "
        + named
        + ", due on "
        + first.describeDue();
  }

  /** "its owner reported it on track for June 2017 (60% complete)", or that nothing is reported. */
  private static String ownersWord(Optional<Progress> latest) {
    if (latest.isEmpty()) {
      return "no progress reported yet";
    }
    Progress progress = latest.get();
    String said =
        progress.status() == ProgressStatus.SOME_SLIPPAGE
            ? "some slippage"
            : "it " + progress.status().label().toLowerCase(Locale.UK);
    return "its owner reported "
        + said
        + " for "
        + WrittenDate.of(progress.month())
        + progress.percentComplete().map(p -> " (" + p + "% complete)").orElse("");
  }

  private record Cause(Rag colour, String text) {}
}
