package org.barometer.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator adds an account with its roles and a first password, typed or made up. A refused
 * form stores nothing; an added account is in the audit trail, without its password.
 */
@Service
public class AddUser {

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  AddUser(
      UserAccounts accounts,
      PasswordEncoder encoder,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public UserChange add(NewUserForm form, String by) {
    if (!access.mayAdminister(by)) {
      throw new AccessDeniedException(by + " may not add users");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Set<Role> roles = check(form, errors);
    if (!errors.isEmpty()) {
      return UserChange.refused(errors);
    }
    boolean madeUp = form.password().isEmpty();
    String password = madeUp ? RandomPassword.next() : form.password();
    Instant now = clock.instant();
    String email = form.email().isEmpty() ? null : form.email();
    Optional<Long> id =
        accounts.addUnlessTaken(
            form.username(), form.displayName(), email, encoder.encode(password), roles, now);
    if (id.isEmpty()) {
      return UserChange.refused(Map.of("username", taken(form.username())));
    }
    audit.record(
        new AuditEvent(
            now,
            by,
            "user.created",
            "user",
            id.get().toString(),
            null,
            describe(form, roles),
            null));
    return UserChange.done(id.get(), madeUp ? Optional.of(password) : Optional.empty());
  }

  private Set<Role> check(NewUserForm form, Map<String, String> errors) {
    AccountFields.username(form.username(), errors);
    if (!errors.containsKey("username") && accounts.byUsername(form.username()).isPresent()) {
      errors.put("username", taken(form.username()));
    }
    AccountFields.displayName(form.displayName(), errors);
    AccountFields.email(form.email(), errors);
    Set<Role> roles = AccountFields.roles(form.roles(), errors);
    if (!form.password().isEmpty()) {
      AccountFields.password("password", form.password(), form.username(), errors);
    }
    return roles;
  }

  private static String taken(String username) {
    return "The username " + username + " is already taken: choose another";
  }

  private static String describe(NewUserForm form, Set<Role> roles) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", form.username());
    fields.put("displayName", form.displayName());
    fields.put("email", form.email().isEmpty() ? null : form.email());
    fields.put("roles", Role.names(roles));
    fields.put("enabled", "true");
    return AuditJson.of(fields);
  }
}
