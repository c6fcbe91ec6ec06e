package org.barometer.app.security;

/** What an API token may be used for; never more than its owner may do. */
public enum ApiScope {
  /** Read indicators, targets, figures and statuses. */
  READ,
  /** Enter and submit figures for the indicators its owner may enter. */
  WRITE,
  /** Approve or return figures, when its owner is in the performance team. */
  APPROVE;

  /** The Spring Security authority for this scope. */
  public String authority() {
    return "SCOPE_" + name();
  }
}
