package org.barometer.core.action;

/** What an action's owner reports about it for a month. */
public enum ProgressStatus {
  NOT_STARTED("Not started"),
  ON_TRACK("On track"),
  SOME_SLIPPAGE("Some slippage"),
  SIGNIFICANTLY_OFF_TRACK("Significantly off track"),
  COMPLETED("Completed"),
  CANCELLED("Cancelled"),
  DEFERRED("Deferred");

  private final String label;

  ProgressStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Cancelling or deferring an action needs the owner's reason. */
  public boolean needsReason() {
    return this == CANCELLED || this == DEFERRED;
  }

  /** Completed, cancelled or deferred: the action is no longer judged against its dates. */
  public boolean closesTheAction() {
    return this == COMPLETED || needsReason();
  }
}
