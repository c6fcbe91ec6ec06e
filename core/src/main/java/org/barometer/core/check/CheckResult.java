package org.barometer.core.check;

import java.util.List;

/**
 * The outcome of checking a figure.
 *
 * @param refusals problems that refuse the figure outright
 * @param explanationNeeded problems that accept the figure only with an explanation
 */
public record CheckResult(List<Problem> refusals, List<Problem> explanationNeeded) {

  public CheckResult {
    refusals = List.copyOf(refusals);
    explanationNeeded = List.copyOf(explanationNeeded);
  }

  public boolean refused() {
    return !refusals.isEmpty();
  }

  public boolean needsExplanation() {
    return !explanationNeeded.isEmpty();
  }
}
