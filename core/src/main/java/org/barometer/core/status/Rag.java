package org.barometer.core.status;

/** Red, amber or green. */
public enum Rag {
  GREEN("Green"),
  AMBER("Amber"),
  RED("Red");

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
