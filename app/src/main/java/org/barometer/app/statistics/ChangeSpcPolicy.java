package org.barometer.app.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Access;
import org.barometer.core.statistics.SpcSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team chooses the SPC profile and settings for every indicator's chart, with a
 * reason; the change is in the audit trail with the settings before and after.
 */
@Service
public class ChangeSpcPolicy {

  private final SpcPolicies policies;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ChangeSpcPolicy(SpcPolicies policies, Access access, AuditTrail audit, Clock clock) {
    this.policies = policies;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Returns what is wrong, by field, or nothing when the settings are stored. */
  @Transactional
  public Map<String, String> change(SpcPolicyForm form, String by) {
    if (!access.mayApprove(by)) {
      throw new AccessDeniedException(by + " may not change the SPC settings");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<SpcSettings> wanted = SpcPolicyFields.read(form, errors);
    if (wanted.isEmpty()) {
      return errors;
    }
    policies.lockForChange();
    SpcSettings before = policies.inForce();
    if (before.equals(wanted.get())) {
      return Map.of("profile", "These are the settings already: change one, or go back");
    }
    Instant now = clock.instant();
    policies.put(wanted.get(), by, now);
    audit.record(
        new AuditEvent(
            now,
            by,
            "setting.changed",
            "setting",
            "spc",
            AuditJson.of(SpcPolicies.words(before)),
            AuditJson.of(SpcPolicies.words(wanted.get())),
            form.reason()));
    return Map.of();
  }
}
