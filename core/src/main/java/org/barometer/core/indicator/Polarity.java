package org.barometer.core.indicator;

/** Which way is better. */
public enum Polarity {
  /** Aim to maximise: higher is better. */
  MAXIMISE("Aim to maximise"),
  /** Aim to minimise: lower is better. */
  MINIMISE("Aim to minimise"),
  /** Neither too high nor too low: inside the target range is best. */
  GOLDILOCKS("Goldilocks");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
