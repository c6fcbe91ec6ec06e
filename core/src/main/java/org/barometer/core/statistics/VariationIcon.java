package org.barometer.core.statistics;

/** The variation icon, read from the latest point (spc.md section 5). */
public enum VariationIcon {
  COMMON_CAUSE("common_cause", SpecialCause.NONE, 0, "Common cause variation"),
  IMPROVEMENT_HIGH(
      "improvement_high", SpecialCause.IMPROVEMENT, 1, "Special cause improvement, high"),
  IMPROVEMENT_LOW(
      "improvement_low", SpecialCause.IMPROVEMENT, -1, "Special cause improvement, low"),
  CONCERN_HIGH("concern_high", SpecialCause.CONCERN, 1, "Special cause concern, high"),
  CONCERN_LOW("concern_low", SpecialCause.CONCERN, -1, "Special cause concern, low"),
  NEITHER_HIGH("neither_high", SpecialCause.NEITHER, 1, "Special cause, neither, high"),
  NEITHER_LOW("neither_low", SpecialCause.NEITHER, -1, "Special cause, neither, low");

  private final String key;
  private final SpecialCause cause;
  private final int side;
  private final String label;

  VariationIcon(String key, SpecialCause cause, int side, String label) {
    this.key = key;
    this.cause = cause;
    this.side = side;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public SpecialCause cause() {
    return cause;
  }

  /** 1 for high, -1 for low, 0 for common cause. */
  public int side() {
    return side;
  }

  public String label() {
    return label;
  }

  /** The letter drawn on the icon, so that colour never carries the meaning alone. */
  public String letter() {
    return side > 0 ? "H" : side < 0 ? "L" : "";
  }

  static VariationIcon of(SpecialCause cause, int side) {
    for (VariationIcon icon : values()) {
      if (icon.cause == cause && icon.side == (cause == SpecialCause.NONE ? 0 : side)) {
        return icon;
      }
    }
    throw new IllegalArgumentException(cause + " " + side);
  }
}
