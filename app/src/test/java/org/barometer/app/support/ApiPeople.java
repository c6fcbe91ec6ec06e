package org.barometer.app.support;

import java.time.Clock;
import java.util.Set;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;

/** People of the tests, each with the role given, calling the API with tokens of chosen scopes. */
public final class ApiPeople {

  private final int port;
  private final UserAccounts accounts;
  private final ApiTokens tokens;
  private final Clock clock;

  public ApiPeople(int port, UserAccounts accounts, ApiTokens tokens, Clock clock) {
    this.port = port;
    this.accounts = accounts;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Adds the person with the one role, unless they are there already; they cannot sign in. */
  public ApiPeople person(String username, Role role) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(username, username, null, "x", Set.of(role), clock.instant());
    }
    return this;
  }

  /** The API called with a new token of the person's, with these scopes. */
  public ApiClient api(String username, ApiScope... scopes) {
    long user = accounts.byUsername(username).orElseThrow().id();
    return new ApiClient(port, tokens.issue(user, "test", Set.of(scopes), clock.instant()));
  }
}
