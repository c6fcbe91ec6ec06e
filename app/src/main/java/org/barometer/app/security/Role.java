package org.barometer.app.security;

import java.util.Set;
import java.util.stream.Collectors;

/** What a signed-in person may do. Anyone without an account reads published material only. */
public enum Role {
  /** Users, roles, organisation structure and settings. */
  ADMINISTRATOR("Administrator", "Manages users, roles, the organisation structure and settings"),
  /** The catalogue, targets with sign-off, approval and publication. */
  PERFORMANCE_TEAM(
      "Performance team",
      "Looks after the indicators, targets and owners, approves figures and publishes reports"),
  /** Enters and explains the figures of the indicators and actions they own. */
  DATA_OWNER("Data owner", "Enters and explains the figures of the indicators they own"),
  /** Reads everything published, and drafts where granted. */
  COUNCILLOR("Councillor", "Reads everything published, and drafts where granted");

  private final String label;
  private final String description;

  Role(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** How the role is named on pages, such as {@code Performance team}. */
  public String label() {
    return label;
  }

  /** What a person with the role may do, in a sentence. */
  public String description() {
    return description;
  }

  /** The names of the roles, comma-separated in the order of this enum, as the audit keeps them. */
  public static String names(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
