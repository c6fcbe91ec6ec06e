package org.barometer.core.statistics;

/** The four special-cause rules of {@code spc.md} section 3, in the ptd order of precedence. */
public enum SpcRule {
  /** A point beyond a process limit. */
  OUTSIDE_LIMITS("outside the process limits"),
  /** A run of strict rises or falls. */
  TREND("a run of rises or falls"),
  /** Two of three points in a row beyond a two-sigma line. */
  TWO_OF_THREE("two of three points beyond two sigma"),
  /** A run on one side of the mean. */
  SHIFT("a run on one side of the mean");

  private final String description;

  SpcRule(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The flag bit for this rule on the high side of the mean. */
  int high() {
    return 1 << (2 * ordinal());
  }

  /** The flag bit for this rule on the low side of the mean. */
  int low() {
    return 1 << (2 * ordinal() + 1);
  }

  int bit(int side) {
    return side > 0 ? high() : low();
  }
}
