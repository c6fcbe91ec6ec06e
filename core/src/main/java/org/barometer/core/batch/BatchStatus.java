package org.barometer.core.batch;

import java.util.Optional;
import org.barometer.core.status.Rag;
import org.barometer.core.status.Status;
import org.barometer.core.status.Status.NoStatusReason;

/**
 * The status of one indicator-month from the batch path: a colour, or the reason there is none. The
 * batch keeps only the outcome; the exact path gives the sentence that explains it.
 */
public enum BatchStatus {
  GREEN(Rag.GREEN, null),
  AMBER(Rag.AMBER, null),
  RED(Rag.RED, null),
  NO_TARGET(null, NoStatusReason.NO_TARGET),
  TARGET_TBC(null, NoStatusReason.TARGET_TBC),
  NO_TARGET_SET(null, NoStatusReason.NO_TARGET_SET),
  NO_DATA(null, NoStatusReason.NO_DATA),
  NO_VALUE(null, NoStatusReason.NO_VALUE);

  private static final BatchStatus[] BY_CODE = values();

  private final Rag rag;
  private final NoStatusReason noStatusReason;

  BatchStatus(Rag rag, NoStatusReason noStatusReason) {
    this.rag = rag;
    this.noStatusReason = noStatusReason;
  }

  /** The colour, if the figure was rated. */
  public Optional<Rag> rag() {
    return Optional.ofNullable(rag);
  }

  /** Why there is no colour, if there is none. */
  public Optional<NoStatusReason> noStatusReason() {
    return Optional.ofNullable(noStatusReason);
  }

  /**
   * The batch outcome of a status computed by the exact path.
   *
   * @throws IllegalArgumentException for an overridden status, or one awaiting approval: the batch
   *     path rates approved figures only and never overrides
   */
  public static BatchStatus of(Status status) {
    if (status instanceof Status.Rated rated) {
      return valueOf(rated.colour().name());
    }
    if (status instanceof Status.Unrated unrated
        && unrated.cause() != NoStatusReason.NOT_APPROVED) {
      return valueOf(unrated.cause().name());
    }
    throw new IllegalArgumentException("The batch path has no outcome for " + status);
  }

  byte code() {
    return (byte) ordinal();
  }

  static BatchStatus ofCode(byte code) {
    return BY_CODE[code];
  }
}
