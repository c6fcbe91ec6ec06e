package org.barometer.app.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.barometer.app.security.Access;
import org.barometer.app.security.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every API operation asks first: the scope of the token. Who its owner is and what their
 * roles allow is asked by the use cases, as the pages ask it.
 */
@SecurityScheme(
    name = ApiAccess.SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal API token, made on the API tokens page: brm_...")
final class ApiAccess {

  /** The name of the bearer token scheme in the OpenAPI document. */
  static final String SCHEME = "token";

  private ApiAccess() {}

  /** Refuses (403) a token without the scope. */
  static void requireScope(Authentication who, ApiScope scope) {
    boolean granted =
        who != null
            && who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(scope.authority()));
    if (!granted) {
      throw new AccessDeniedException("This token lacks the " + scope + " scope");
    }
  }

  /**
   * Refuses (403) a token without the scope, or whose owner is not an administrator now. The
   * administrators' use cases ask again before they change anything; reads have no use case to.
   */
  static void requireAdministrator(Authentication who, ApiScope scope, Access access) {
    requireScope(who, scope);
    if (!access.mayAdminister(who.getName())) {
      throw new AccessDeniedException("Only administrators may do this");
    }
  }

  static ResponseStatusException notFound(String why) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, why);
  }
}
