package org.barometer.core.direction;

/** Which way a figure has moved, judged by the indicator's polarity. */
public enum Direction {
  IMPROVED("Improved"),
  WORSENED("Worsened"),
  NO_CHANGE("No change"),
  NOT_COMPARABLE("Not comparable");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
