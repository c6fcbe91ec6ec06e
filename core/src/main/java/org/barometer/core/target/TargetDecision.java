package org.barometer.core.target;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision behind a target.
 *
 * @param proposedBy who proposed it
 * @param agreedBy the body that agreed it, or the delegation under which it was set
 * @param decidedOn the date of the decision
 * @param reference the minute number or decision notice
 */
public record TargetDecision(
    String proposedBy, String agreedBy, LocalDate decidedOn, String reference) {

  public TargetDecision {
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (agreedBy == null || agreedBy.isBlank()) {
      throw new IllegalArgumentException("A target decision names who agreed it");
    }
    proposedBy = proposedBy == null ? "" : proposedBy.strip();
    reference = reference == null ? "" : reference.strip();
  }
}
