package org.barometer.core.action;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.status.Rag;

/** A priority action's status in the report, with the reason in plain English. */
public sealed interface ActionStatus {

  /** The colour shown, if any: only a rated action has one. */
  default Optional<Rag> rag() {
    return Optional.empty();
  }

  /** What the report shows: "Red", "Not started", "Completed", "Deferred". */
  String label();

  /** Why the status is what it is, with its dates. */
  String reason();

  /** Red, amber or green. */
  record Rated(Rag colour, String reason) implements ActionStatus {
    public Rated {
      Objects.requireNonNull(colour, "colour");
      requireReason(reason);
    }

    @Override
    public Optional<Rag> rag() {
      return Optional.of(colour);
    }

    @Override
    public String label() {
      return colour.label();
    }
  }

  /** Not started and not yet due, with no milestone overdue: no colour. */
  record NotStarted(String reason) implements ActionStatus {
    public NotStarted {
      requireReason(reason);
    }

    @Override
    public String label() {
      return ProgressStatus.NOT_STARTED.label();
    }
  }

  /** Completed, shown with its completion date. */
  record Completed(LocalDate on, String reason) implements ActionStatus {
    public Completed {
      Objects.requireNonNull(on, "on");
      requireReason(reason);
    }

    @Override
    public String label() {
      return ProgressStatus.COMPLETED.label();
    }
  }

  /** Cancelled or deferred: no colour, with the owner's reason. */
  record Closed(ProgressStatus status, String reason) implements ActionStatus {
    public Closed {
      Objects.requireNonNull(status, "status");
      if (!status.needsReason()) {
        throw new IllegalArgumentException(
            "A closed action is cancelled or deferred, not " + status.label());
      }
      requireReason(reason);
    }

    @Override
    public String label() {
      return status.label();
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("An action's status needs a reason");
    }
  }
}
