package org.barometer.app.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names people on pages that say who someone is, such as an indicator's owner. */
@Component("people")
public class People {

  private final UserAccounts accounts;

  People(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** {@code Jane Smith (jane.smith)}, or {@code Not assigned} when there is nobody. */
  public String nameOf(Optional<Long> userId) {
    return userId
        .flatMap(accounts::byId)
        .map(u -> u.displayName() + " (" + u.username() + ")")
        .orElse("Not assigned");
  }
}
