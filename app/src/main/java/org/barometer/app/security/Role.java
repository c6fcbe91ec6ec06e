package org.barometer.app.security;

/** What a signed-in person may do. Anyone without an account reads published material only. */
public enum Role {
  /** Users, roles, organisation structure and settings. */
  ADMINISTRATOR,
  /** The catalogue, targets with sign-off, approval and publication. */
  PERFORMANCE_TEAM,
  /** Enters and explains the figures of the indicators and actions they own. */
  DATA_OWNER,
  /** Reads everything published, and drafts where granted. */
  COUNCILLOR;

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
