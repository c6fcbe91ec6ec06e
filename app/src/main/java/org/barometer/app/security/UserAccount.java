package org.barometer.app.security;

import java.time.Instant;
import java.util.Set;

/** A person who signs in. */
public record UserAccount(
    long id,
    String username,
    String displayName,
    String email,
    String passwordHash,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    Set<Role> roles) {

  public UserAccount {
    roles = Set.copyOf(roles);
  }

  /** Whether sign-in is refused at {@code now} after too many failed attempts. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
