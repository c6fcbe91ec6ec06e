package org.barometer.core.status;

import java.time.Instant;
import java.util.Objects;

/**
 * A status set by the performance team for one period, with the required reason.
 *
 * @param colour the status to show
 * @param reason why it differs from the computed one
 * @param by who set it
 * @param at when
 */
public record StatusOverride(Rag colour, String reason, String by, Instant at) {

  public StatusOverride {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(at, "at");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("An overridden status needs a reason");
    }
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("An overridden status names who overrode it");
    }
  }

  /** The overridden status, keeping the computed one beside it. */
  public Status applyTo(Status computed) {
    return StatusRule.override(computed, colour, reason, by, at);
  }
}
