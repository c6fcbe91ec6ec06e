package org.barometer.app.security;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for Spring Security, locked while throttled. */
@Service
class AccountDetailsService implements UserDetailsService {

  private final UserAccounts accounts;
  private final Clock clock;

  AccountDetailsService(UserAccounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserAccount account =
        accounts
            .byUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .disabled(!account.enabled())
        .accountLocked(account.lockedAt(clock.instant()))
        .authorities(
            account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
        .build();
  }
}
