package org.barometer.app.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator changes a person's roles, with a reason. Administrators cannot remove their own
 * administrator role, so that someone can always manage users. The person is signed out everywhere,
 * so the new roles apply at once.
 */
@Service
public class ChangeRoles {

  private final UserAccounts accounts;
  private final Sessions sessions;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ChangeRoles(
      UserAccounts accounts, Sessions sessions, Access access, AuditTrail audit, Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Returns what is wrong, by field, or nothing when the roles are changed. */
  @Transactional
  public Map<String, String> change(long userId, RolesForm form, String by) {
    if (!access.mayAdminister(by)) {
      throw new AccessDeniedException(by + " may not change roles");
    }
    UserAccount user = accounts.lock(userId);
    Map<String, String> errors = new LinkedHashMap<>();
    Set<Role> roles = check(user, form, by, errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    accounts.replaceRoles(userId, roles);
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            "user.roles-changed",
            "user",
            Long.toString(userId),
            AuditJson.of(Map.of("roles", Role.names(user.roles()))),
            AuditJson.of(Map.of("roles", Role.names(roles))),
            form.reason()));
    if (!user.username().equals(by)) {
      sessions.endAllOf(user.username());
    }
    return Map.of();
  }

  private static Set<Role> check(
      UserAccount user, RolesForm form, String by, Map<String, String> errors) {
    Set<Role> roles = AccountFields.roles(form.roles(), errors);
    if (errors.isEmpty() && user.username().equals(by) && !roles.contains(Role.ADMINISTRATOR)) {
      errors.put(
          "roles",
          "You cannot remove your own administrator role: ask another administrator, so that"
              + " someone can always manage users");
    } else if (errors.isEmpty() && roles.equals(user.roles())) {
      errors.put("roles", "These are already the roles of " + user.username() + ": change one");
    }
    AccountFields.reason(form.reason(), errors);
    return roles;
  }
}
