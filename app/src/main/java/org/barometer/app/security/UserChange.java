package org.barometer.app.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to a change to an account: done, or refused with an error per field.
 *
 * @param errors what is wrong, by field, in the order of the form; empty when done
 * @param userId the account changed, when done
 * @param madeUpPassword a password made up for the person, to show once, never stored as text
 */
public record UserChange(
    Map<String, String> errors, Optional<Long> userId, Optional<String> madeUpPassword) {

  public UserChange {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  static UserChange refused(Map<String, String> errors) {
    return new UserChange(errors, Optional.empty(), Optional.empty());
  }

  static UserChange done(long userId, Optional<String> madeUpPassword) {
    return new UserChange(Map.of(), Optional.of(userId), madeUpPassword);
  }

  public boolean isDone() {
    return errors.isEmpty();
  }
}
