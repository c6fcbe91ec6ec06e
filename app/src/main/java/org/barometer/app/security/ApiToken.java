package org.barometer.app.security;

import java.time.Instant;
import java.util.Set;

/**
 * A personal API token, as stored: its secret is kept only as a hash.
 *
 * @param id its id
 * @param userId whose it is
 * @param name what its owner called it
 * @param scopes what it may be used for
 * @param createdAt when it was made
 * @param lastUsedAt when it was last used, if ever
 * @param revokedAt when it was revoked, if it was
 */
public record ApiToken(
    long id,
    long userId,
    String name,
    Set<ApiScope> scopes,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public ApiToken {
    scopes = Set.copyOf(scopes);
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
