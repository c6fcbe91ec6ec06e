package org.barometer.app.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of failed sign-ins in a row an account is locked for
 * a while. The count is kept in the database, so it holds across every node.
 */
@Component
class LoginThrottle {

  private final UserAccounts accounts;
  private final Clock clock;
  private final int attempts;
  private final Duration lock;

  LoginThrottle(
      UserAccounts accounts,
      Clock clock,
      @Value("${barometer.login.attempts:5}") int attempts,
      @Value("${barometer.login.lock:PT15M}") Duration lock) {
    this.accounts = accounts;
    this.clock = clock;
    this.attempts = attempts;
    this.lock = lock;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailure(
        event.getAuthentication().getName(), attempts, clock.instant().plus(lock));
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    accounts.recordSuccess(event.getAuthentication().getName());
  }
}
