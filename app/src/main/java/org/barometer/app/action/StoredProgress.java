package org.barometer.app.action;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.action.Progress;

/**
 * An owner's progress on an action for a month, as stored.
 *
 * @param id its id
 * @param actionId the action
 * @param progress what was reported
 * @param state where it is in its approval
 * @param enteredBy who last entered it
 * @param enteredAt when
 * @param decidedBy who approved or returned it, if anyone has
 * @param decidedAt when
 * @param returnedReason why it was returned; empty if it was not
 * @param version for optimistic locking: changed by every change
 */
public record StoredProgress(
    long id,
    long actionId,
    Progress progress,
    ProgressState state,
    String enteredBy,
    Instant enteredAt,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt,
    String returnedReason,
    int version) {

  public StoredProgress {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  public boolean approved() {
    return state == ProgressState.APPROVED;
  }
}
