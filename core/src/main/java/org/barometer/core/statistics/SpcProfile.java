package org.barometer.core.statistics;

import java.util.Optional;

/**
 * A named set of defaults for every setting: {@code mdc}, NHS England's "Making Data Count" tool,
 * and {@code ptd}, the NHS-R community's NHSRplotthedots package. Two behaviours have no setting of
 * their own and follow the profile: the assurance icon when the target lies exactly on a limit, and
 * the direction of a point at the peak between a rising and a falling trend.
 */
public enum SpcProfile {
  MDC("mdc"),
  PTD("ptd");

  private final String key;

  SpcProfile(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<SpcProfile> ofKey(String key) {
    for (SpcProfile profile : values()) {
      if (profile.key.equals(key)) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }

  /** Whether a target exactly on a limit counts as beyond it (mdc) or between them (ptd). */
  boolean assuranceInclusive() {
    return this == MDC;
  }

  /**
   * Whether the point at a peak (or trough) between two trends takes only the direction of the step
   * after it (ptd) rather than both directions, left to the conflict rule (mdc).
   */
  boolean peakTakesStepAfter() {
    return this == PTD;
  }
}
