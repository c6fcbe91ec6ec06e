package org.barometer.core.statistics;

/** What a point shows: special cause improvement, concern or neither, or common cause (none). */
public enum SpecialCause {
  IMPROVEMENT("improvement", "Special cause improvement", "#00B0F0"),
  CONCERN("concern", "Special cause concern", "#E46C0A"),
  NEITHER("neither", "Special cause, neither improvement nor concern", "#490092"),
  NONE("none", "Common cause", "#A6A6A6");

  private final String key;
  private final String label;
  private final String colour;

  SpecialCause(String key, String label, String colour) {
    this.key = key;
    this.label = label;
    this.colour = colour;
  }

  /** The name used in the API and in {@code spc-cases.json}. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The Making Data Count colour, never the only carrier of meaning. */
  public String colour() {
    return colour;
  }
}
