package org.barometer.app.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person changes their own password, giving the current one first. */
@Service
public class ChangeOwnPassword {

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final Clock clock;

  ChangeOwnPassword(UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  /** Returns what is wrong, by field, or nothing when the password is changed. */
  @Transactional
  public Map<String, String> change(String username, OwnPasswordForm form) {
    UserAccount user =
        accounts
            .byUsername(username)
            .map(account -> accounts.lock(account.id()))
            .orElseThrow(() -> new IllegalArgumentException("No user " + username));
    Map<String, String> errors = check(user, form);
    if (!errors.isEmpty()) {
      return errors;
    }
    accounts.setPasswordHash(user.id(), encoder.encode(form.newPassword()));
    audit.record(
        new AuditEvent(
            clock.instant(),
            username,
            "user.password-changed",
            "user",
            Long.toString(user.id()),
            null,
            AuditJson.of(Map.of("password", "changed by its owner")),
            null));
    return Map.of();
  }

  private Map<String, String> check(UserAccount user, OwnPasswordForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.currentPassword().isEmpty()) {
      errors.put("currentPassword", "Enter your current password");
    } else if (!encoder.matches(form.currentPassword(), user.passwordHash())) {
      errors.put("currentPassword", "Your current password is not right");
    }
    AccountFields.password("newPassword", form.newPassword(), user.username(), errors);
    if (!errors.containsKey("newPassword") && form.newPassword().equals(form.currentPassword())) {
      errors.put("newPassword", "The new password must be different from your current one");
    }
    if (!form.confirmPassword().equals(form.newPassword())) {
      errors.put("confirmPassword", "The passwords do not match: type the new password again");
    }
    return errors;
  }
}
