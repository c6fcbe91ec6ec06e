package org.barometer.app.api;

import org.barometer.app.security.ApiScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** The scope check every API operation starts with. */
final class ApiScopes {

  private ApiScopes() {}

  /** Refuses a caller whose token lacks the scope. */
  static void require(Authentication who, ApiScope scope) {
    boolean granted =
        who != null
            && who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(scope.authority()));
    if (!granted) {
      throw new AccessDeniedException("This token lacks the " + scope + " scope");
    }
  }
}
