package org.barometer.app.action;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Access;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccount;
import org.barometer.app.security.UserAccounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team names who owns an action (the data owner who reports its progress) and its
 * lead officer, from the version of the action the form was opened on, with a reason, in the audit
 * trail.
 */
@Service
public class AssignActionOwner {

  static final int LONGEST_NAME = 200;

  private final Actions actions;
  private final UserAccounts accounts;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  AssignActionOwner(
      Actions actions, UserAccounts accounts, Access access, AuditTrail audit, Clock clock) {
    this.actions = actions;
    this.accounts = accounts;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Returns what is wrong, by field, or nothing when the owner and lead officer are stored. A form
   * opened on an older version is refused under {@code version}.
   */
  @Transactional
  public Map<String, String> assign(StoredAction action, ActionOwnerForm form, String by) {
    if (!access.mayAssignOwners(by)) {
      throw new AccessDeniedException(by + " may not say who owns an action");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Long> owner = owner(form, errors);
    ActionDefinition d = action.definition();
    if (form.leadOfficer().length() > LONGEST_NAME) {
      errors.put("leadOfficer", "The lead officer's name must be 200 characters or fewer");
    }
    if (errors.isEmpty()
        && owner.equals(d.ownerUserId())
        && form.leadOfficer().equals(d.leadOfficer())) {
      errors.put("owner", "Nothing changes: choose another owner or change the lead officer");
    }
    ChangeReason.check(form.reason(), "Say why the owner or lead officer changes", errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    if (form.version() == null
        || !actions.changeOwner(action.id(), form.version(), owner, form.leadOfficer())) {
      return ChangeReason.stale();
    }
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            "action.owner-changed",
            "action",
            action.code(),
            describe(d.ownerUserId(), d.leadOfficer()),
            describe(owner, form.leadOfficer()),
            form.reason()));
    return Map.of();
  }

  /** The people who may own an action: enabled data owners. */
  public List<UserAccount> candidates() {
    return accounts.enabledWithRole(Role.DATA_OWNER);
  }

  private Optional<Long> owner(ActionOwnerForm form, Map<String, String> errors) {
    Optional<Long> owner =
        candidates().stream()
            .map(UserAccount::id)
            .filter(id -> form.owner().equals(id.toString()))
            .findFirst();
    if (!form.owner().isEmpty() && owner.isEmpty()) {
      errors.put("owner", "Choose an owner from the list: only data owners can own an action");
    }
    return owner;
  }

  private String describe(Optional<Long> owner, String leadOfficer) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("owner", owner.flatMap(accounts::byId).map(UserAccount::username).orElse(null));
    fields.put("leadOfficer", leadOfficer);
    return AuditJson.of(fields);
  }
}
