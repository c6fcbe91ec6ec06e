package org.barometer.core.statistics;

/** Whether the process, as it runs, will meet its target (spc.md section 6). */
public enum AssuranceIcon {
  PASS("pass", "P", "Consistently passing the target"),
  FAIL("fail", "F", "Consistently failing the target"),
  HIT_AND_MISS("hit_and_miss", "?", "Hit and miss: the target will be met and missed at random");

  private final String key;
  private final String letter;
  private final String label;

  AssuranceIcon(String key, String letter, String label) {
    this.key = key;
    this.letter = letter;
    this.label = label;
  }

  public String key() {
    return key;
  }

  /** The letter drawn on the icon. */
  public String letter() {
    return letter;
  }

  public String label() {
    return label;
  }
}
