package org.barometer.app.indicator;

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
 * The performance team says who owns an indicator: a data owner, or nobody. The owner is part of
 * the definition, so the change is a new version of it, made only from the version the form was
 * opened on, with a reason, and in the audit trail.
 */
@Service
public class AssignOwner {

  private final Indicators indicators;
  private final UserAccounts accounts;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  AssignOwner(
      Indicators indicators, UserAccounts accounts, Access access, AuditTrail audit, Clock clock) {
    this.indicators = indicators;
    this.accounts = accounts;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Returns what is wrong, by field, or nothing when the new owner is stored. */
  @Transactional
  public Map<String, String> assign(String code, OwnerForm form, String by) {
    if (!access.mayAssignOwners(by)) {
      throw new AccessDeniedException(by + " may not say who owns an indicator");
    }
    IndicatorVersion current =
        indicators
            .currentByCode(code)
            .orElseThrow(() -> new IllegalArgumentException("No indicator " + code));
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Long> owner = check(current, form, errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    IndicatorDefinition changed = current.definition().withOwner(owner);
    IndicatorVersion revised =
        indicators.revise(
            current.indicatorId(), current.version(), changed, by, clock.instant(), form.reason());
    audit.record(
        new AuditEvent(
            revised.changedAt(),
            by,
            "indicator.owner-changed",
            "indicator",
            code,
            describe(current),
            describe(revised),
            form.reason()));
    return Map.of();
  }

  /** The people who may own an indicator: enabled data owners. */
  public List<UserAccount> candidates() {
    return accounts.enabledWithRole(Role.DATA_OWNER);
  }

  private Optional<Long> check(
      IndicatorVersion current, OwnerForm form, Map<String, String> errors) {
    Optional<Long> owner = owner(current, form, errors);
    if (form.reason().isEmpty()) {
      errors.put("reason", "Say why the owner changes");
    } else if (form.reason().length() > 1000) {
      errors.put("reason", "The reason must be 1000 characters or fewer");
    }
    return owner;
  }

  private Optional<Long> owner(
      IndicatorVersion current, OwnerForm form, Map<String, String> errors) {
    if (form.version() == null || form.version() != current.version()) {
      errors.put(
          "owner",
          "Someone else changed this indicator's definition while you were choosing: the owner"
              + " shown is theirs. Check it and choose again");
      return Optional.empty();
    }
    Optional<Long> owner =
        candidates().stream()
            .map(UserAccount::id)
            .filter(id -> form.owner().equals(id.toString()))
            .findFirst();
    if (!form.owner().isEmpty() && owner.isEmpty()) {
      errors.put("owner", "Choose an owner from the list: only data owners can own an indicator");
    } else if (owner.equals(current.definition().ownerUserId())) {
      errors.put(
          "owner",
          owner.isEmpty()
              ? "The indicator has no owner already: choose a data owner"
              : "They own this indicator already: choose someone else, or no owner");
    }
    return owner;
  }

  private String describe(IndicatorVersion version) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(
        "owner",
        version
            .definition()
            .ownerUserId()
            .flatMap(accounts::byId)
            .map(UserAccount::username)
            .orElse(null));
    fields.put("version", Integer.toString(version.version()));
    return AuditJson.of(fields);
  }
}
