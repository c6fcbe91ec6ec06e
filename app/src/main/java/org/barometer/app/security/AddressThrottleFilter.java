package org.barometer.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from an address locked after too many failures, before any password is checked,
 * with the answer of any failed sign-in: the address learns nothing about the account.
 */
class AddressThrottleFilter extends OncePerRequestFilter {

  private final SignInAddresses addresses;
  private final Clock clock;

  AddressThrottleFilter(SignInAddresses addresses, Clock clock) {
    this.addresses = addresses;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (addresses.lockedAt(request.getRemoteAddr(), clock.instant())) {
      response.sendRedirect(request.getContextPath() + "/login?error");
      return;
    }
    chain.doFilter(request, response);
  }
}
