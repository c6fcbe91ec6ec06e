package org.barometer.core.status;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An indicator's status for one period, with the reason in plain English. */
public sealed interface Status {

  /** The colour shown, if any. */
  Optional<Rag> rag();

  /** Why the status is what it is. */
  String reason();

  /** A status computed from the figure and its target. */
  record Rated(Rag colour, String reason) implements Status {
    public Rated {
      Objects.requireNonNull(colour, "colour");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<Rag> rag() {
      return Optional.of(colour);
    }
  }

  /** No status, and why. */
  record Unrated(NoStatusReason cause, String reason) implements Status {
    public Unrated {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<Rag> rag() {
      return Optional.empty();
    }
  }

  /**
   * A status set by the performance team for one period, shown as overridden with the computed
   * status beside it.
   */
  record Overridden(Rag colour, String reason, String by, Instant at, Status computed)
      implements Status {
    public Overridden {
      Objects.requireNonNull(colour, "colour");
      Objects.requireNonNull(computed, "computed");
      Objects.requireNonNull(at, "at");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("An overridden status needs a reason");
      }
      if (by == null || by.isBlank()) {
        throw new IllegalArgumentException("An overridden status names who overrode it");
      }
      if (computed instanceof Overridden) {
        throw new IllegalArgumentException("Override the computed status, not an override");
      }
    }

    @Override
    public Optional<Rag> rag() {
      return Optional.of(colour);
    }
  }

  /** Why a figure has no status. */
  enum NoStatusReason {
    NO_TARGET,
    TARGET_TBC,
    NO_TARGET_SET,
    NO_DATA,
    NO_VALUE,
    NOT_APPROVED
  }
}
