package org.barometer.app.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator disables an account, which signs its person out everywhere and refuses their
 * sign-in, or enables it again; with a reason. Nothing is deleted: the account's history stays.
 */
@Service
public class ChangeUserStatus {

  private final UserAccounts accounts;
  private final Sessions sessions;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ChangeUserStatus(
      UserAccounts accounts, Sessions sessions, Access access, AuditTrail audit, Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Returns what is wrong, by field, or nothing when the account is enabled or disabled. */
  @Transactional
  public Map<String, String> change(long userId, boolean enable, String reason, String by) {
    if (!access.mayAdminister(by)) {
      throw new AccessDeniedException(by + " may not disable or enable users");
    }
    UserAccount user = accounts.lock(userId);
    String why = Text.clean(reason);
    Map<String, String> errors = check(user, enable, why, by);
    if (!errors.isEmpty()) {
      return errors;
    }
    accounts.setEnabled(userId, enable);
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            enable ? "user.enabled" : "user.disabled",
            "user",
            Long.toString(userId),
            AuditJson.of(Map.of("enabled", Boolean.toString(user.enabled()))),
            AuditJson.of(Map.of("enabled", Boolean.toString(enable))),
            why));
    if (!enable) {
      sessions.endAllOf(user.username());
    }
    return Map.of();
  }

  private static Map<String, String> check(
      UserAccount user, boolean enable, String reason, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!enable && user.username().equals(by)) {
      errors.put(
          "reason",
          "You cannot disable your own account: ask another administrator, so that someone can"
              + " always manage users");
    } else if (user.enabled() == enable) {
      errors.put(
          "reason",
          user.username() + " is already " + (enable ? "enabled" : "disabled") + ": look again");
    } else {
      AccountFields.reason(reason, errors);
    }
    return errors;
  }
}
