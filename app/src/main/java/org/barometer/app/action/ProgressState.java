package org.barometer.app.action;

/** Where a month's progress is in its approval: only an approved one feeds the action's status. */
public enum ProgressState {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  RETURNED("Returned"),
  APPROVED("Approved");

  private final String label;

  ProgressState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
