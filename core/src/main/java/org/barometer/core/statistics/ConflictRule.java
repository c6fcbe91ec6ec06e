package org.barometer.core.statistics;

import java.util.Optional;

/** What a point flagged both as improvement and as concern is called. */
public enum ConflictRule {
  /** mdc: improvement wins. */
  IMPROVEMENT_WINS("improvement_wins"),
  /**
   * ptd: one rule decides, the first that flags the point in the order outside the limits, trend,
   * two of three beyond two sigma, shift.
   */
  PRECEDENCE("precedence_outside_trend_twointhree_shift");

  private final String key;

  ConflictRule(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<ConflictRule> ofKey(String key) {
    for (ConflictRule rule : values()) {
      if (rule.key.equals(key)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
