package org.barometer.core.statistics;

import org.barometer.core.indicator.Polarity;

/** Which way is better, in the words of the SPC specification and its API. */
public enum SpcPolarity {
  HIGHER_IS_BETTER("higher_is_better"),
  LOWER_IS_BETTER("lower_is_better"),
  /** Neither: every signal is "neither"; a Goldilocks indicator reads this way. */
  NEITHER("neither");

  private final String key;

  SpcPolarity(String key) {
    this.key = key;
  }

  /** The name used in the API and in {@code spc-cases.json}. */
  public String key() {
    return key;
  }

  /** The polarity for a key, or empty when the key names none. */
  public static java.util.Optional<SpcPolarity> ofKey(String key) {
    for (SpcPolarity polarity : values()) {
      if (polarity.key.equals(key)) {
        return java.util.Optional.of(polarity);
      }
    }
    return java.util.Optional.empty();
  }

  /** Barometer's polarity in SPC terms: Goldilocks reads as neither. */
  public static SpcPolarity of(Polarity polarity) {
    switch (polarity) {
      case MAXIMISE:
        return HIGHER_IS_BETTER;
      case MINIMISE:
        return LOWER_IS_BETTER;
      default:
        return NEITHER;
    }
  }

  /** The side of the mean where a signal means improvement, or 0 for neither. */
  int improvementSide() {
    switch (this) {
      case HIGHER_IS_BETTER:
        return 1;
      case LOWER_IS_BETTER:
        return -1;
      default:
        return 0;
    }
  }
}
