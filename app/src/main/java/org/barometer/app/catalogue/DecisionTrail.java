package org.barometer.app.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.target.TargetDecision;

/**
 * What the source says about the decision behind a target, however incomplete. The core's {@link
 * TargetDecision} needs the body that agreed it; a trail without one yields none. A date the source
 * does not give stays unknown, never made up.
 *
 * @param proposedBy who proposed it; empty when not known
 * @param agreedBy the body that agreed it or the delegation it was set under; empty when not known
 * @param decidedOn the date of the decision, when the source gives it
 * @param reference the report, minute or decision notice
 * @param note anything else the source says about it
 */
public record DecisionTrail(
    String proposedBy,
    String agreedBy,
    Optional<LocalDate> decidedOn,
    String reference,
    String note) {

  public DecisionTrail {
    proposedBy = proposedBy == null ? "" : proposedBy;
    agreedBy = agreedBy == null ? "" : agreedBy;
    Objects.requireNonNull(decidedOn, "decidedOn");
    reference = reference == null ? "" : reference;
    note = note == null ? "" : note;
  }

  /** The decision, when the trail names the body that agreed it; its date may be unknown. */
  public Optional<TargetDecision> decision() {
    if (agreedBy.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new TargetDecision(proposedBy, agreedBy, decidedOn, reference));
  }
}
