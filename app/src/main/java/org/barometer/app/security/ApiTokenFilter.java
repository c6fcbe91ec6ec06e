package org.barometer.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its personal token ({@code Authorization: Bearer brm_...}). The
 * request acts as the token's owner, with the owner's roles and the token's scopes; a disabled
 * owner, an owner locked out after failed sign-ins, or a revoked token authenticates nothing: a
 * token is no way round a lock.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final UserAccounts accounts;
  private final Clock clock;

  ApiTokenFilter(ApiTokens tokens, UserAccounts accounts, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.startsWith("Bearer ")) {
      authenticate(header.substring("Bearer ".length()).strip());
    }
    chain.doFilter(request, response);
  }

  private void authenticate(String secret) {
    Instant now = clock.instant();
    Optional<ApiToken> token = tokens.use(secret, now);
    if (token.isEmpty()) {
      return;
    }
    accounts
        .byId(token.get().userId())
        .filter(user -> user.enabled() && !user.lockedAt(now))
        .ifPresent(
            user -> {
              List<GrantedAuthority> authorities = new ArrayList<>();
              user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
              token
                  .get()
                  .scopes()
                  .forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
              SecurityContextHolder.getContext()
                  .setAuthentication(
                      UsernamePasswordAuthenticationToken.authenticated(
                          user.username(), null, authorities));
            });
  }
}
