package org.barometer.app.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator gives a person who lost their password a new one, typed or made up; it also
 * lifts a lock from failed sign-ins and signs the person out everywhere. The audit trail records
 * that it happened, never the password.
 */
@Service
public class ResetPassword {

  private final UserAccounts accounts;
  private final Sessions sessions;
  private final PasswordEncoder encoder;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ResetPassword(
      UserAccounts accounts,
      Sessions sessions,
      PasswordEncoder encoder,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.encoder = encoder;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Sets {@code password}, or a made-up one when it is empty. */
  @Transactional
  public UserChange reset(long userId, String password, String by) {
    if (!access.mayAdminister(by)) {
      throw new AccessDeniedException(by + " may not reset passwords");
    }
    UserAccount user = accounts.lock(userId);
    String typed = password == null ? "" : password;
    Map<String, String> errors = check(user, typed, by);
    if (!errors.isEmpty()) {
      return UserChange.refused(errors);
    }
    boolean madeUp = typed.isEmpty();
    String chosen = madeUp ? RandomPassword.next() : typed;
    accounts.setPasswordHash(userId, encoder.encode(chosen));
    String how = madeUp ? "made up and shown once" : "typed";
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            "user.password-reset",
            "user",
            Long.toString(userId),
            null,
            AuditJson.of(Map.of("password", how)),
            null));
    sessions.endAllOf(user.username());
    return UserChange.done(userId, madeUp ? Optional.of(chosen) : Optional.empty());
  }

  private static Map<String, String> check(UserAccount user, String typed, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (user.username().equals(by)) {
      errors.put(
          "password",
          "Change your own password on the 'Your password' page: it asks for your current one");
    } else if (!typed.isEmpty()) {
      AccountFields.password("password", typed, user.username(), errors);
    }
    return errors;
  }
}
