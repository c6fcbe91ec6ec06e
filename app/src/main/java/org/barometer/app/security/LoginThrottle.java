package org.barometer.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, by account and by the address a sign-in comes from: after a number
 * of failed sign-ins in a row an account is locked for a while, and so is an address after a
 * (larger) number of failures within that while, whatever usernames it tried. The counts are kept
 * in the database, so they hold across every node. docs/operating.md says how it works.
 */
@Component
class LoginThrottle {

  private final UserAccounts accounts;
  private final SignInAddresses addresses;
  private final Clock clock;
  private final int attempts;
  private final int addressAttempts;
  private final Duration lock;

  LoginThrottle(
      UserAccounts accounts,
      SignInAddresses addresses,
      Clock clock,
      @Value("${barometer.login.attempts:5}") int attempts,
      @Value("${barometer.login.address-attempts:20}") int addressAttempts,
      @Value("${barometer.login.lock:PT15M}") Duration lock) {
    this.accounts = accounts;
    this.addresses = addresses;
    this.clock = clock;
    this.attempts = attempts;
    this.addressAttempts = addressAttempts;
    this.lock = lock;
  }

  /** A wrong password counts against the account, if there is one of that name. */
  @EventListener
  void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailure(
        event.getAuthentication().getName(), attempts, clock.instant().plus(lock));
  }

  /** Every failure counts against the address: a wrong name or password, or a locked account. */
  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      Instant now = clock.instant();
      addresses.recordFailure(details.getRemoteAddress(), addressAttempts, lock, now);
    }
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    accounts.recordSuccess(event.getAuthentication().getName());
  }
}
