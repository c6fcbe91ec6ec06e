package org.barometer.app.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Access;
import org.barometer.core.status.Tolerance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator changes the organisation's default tolerance, the day figures are due, the
 * organisation's name as reports print it and whether councillors read draft reports, with a
 * reason. Each setting that changes is in the audit trail with its old and new values.
 */
@Service
public class ChangeSettings {

  private final OrganisationSettings settings;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ChangeSettings(OrganisationSettings settings, Access access, AuditTrail audit, Clock clock) {
    this.settings = settings;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The settings in force: the organisation's own, or the defaults until it sets them. */
  public SettingsForm current() {
    return inForce().asForm();
  }

  /** Returns what is wrong, by field, or nothing when the settings are stored. */
  @Transactional
  public Map<String, String> change(SettingsForm form, String by) {
    if (!access.mayAdminister(by)) {
      throw new AccessDeniedException(by + " may not change the settings");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Defaults> wanted = SettingsFields.read(form, errors);
    if (wanted.isEmpty()) {
      return errors;
    }
    settings.lockForChange();
    Defaults before = inForce();
    Defaults after = wanted.get();
    if (before.sameTolerance(after)
        && before.dueWorkingDays() == after.dueWorkingDays()
        && before.organisationName().equals(after.organisationName())
        && before.councillorsSeeDrafts() == after.councillorsSeeDrafts()) {
      return Map.of("toleranceValue", "These are the settings already: change one, or go back");
    }
    store(before, after, form.reason(), by);
    return Map.of();
  }

  private void store(Defaults before, Defaults after, String reason, String by) {
    Instant now = clock.instant();
    if (!before.sameTolerance(after)) {
      settings.put(OrganisationSettings.TOLERANCE_KIND, after.toleranceKind(), by, now);
      settings.put(OrganisationSettings.TOLERANCE_VALUE, after.toleranceAsStored(), by, now);
      record(now, by, "tolerance", tolerance(before), tolerance(after), reason);
    }
    if (before.dueWorkingDays() != after.dueWorkingDays()) {
      String day = Integer.toString(after.dueWorkingDays());
      settings.put(OrganisationSettings.DUE_WORKING_DAYS, day, by, now);
      record(now, by, OrganisationSettings.DUE_WORKING_DAYS, dueDay(before), dueDay(after), reason);
    }
    if (!before.organisationName().equals(after.organisationName())) {
      settings.put(OrganisationSettings.ORGANISATION_NAME, after.organisationName(), by, now);
      record(
          now,
          by,
          OrganisationSettings.ORGANISATION_NAME,
          AuditJson.of(Map.of("name", before.organisationName())),
          AuditJson.of(Map.of("name", after.organisationName())),
          reason);
    }
    storeDrafts(before, after, reason, by, now);
  }

  private void storeDrafts(Defaults before, Defaults after, String reason, String by, Instant now) {
    if (before.councillorsSeeDrafts() != after.councillorsSeeDrafts()) {
      String key = OrganisationSettings.COUNCILLORS_SEE_DRAFTS;
      settings.put(key, Boolean.toString(after.councillorsSeeDrafts()), by, now);
      record(now, by, key, drafts(before), drafts(after), reason);
    }
  }

  private static String drafts(Defaults defaults) {
    return AuditJson.of(
        Map.of("councillorsSeeDrafts", Boolean.toString(defaults.councillorsSeeDrafts())));
  }

  private Defaults inForce() {
    return new Defaults(
        settings.defaultTolerance().orElse(Tolerance.DEFAULT),
        settings.dueWorkingDays(),
        settings.organisationName(),
        settings.councillorsSeeDrafts());
  }

  private void record(
      Instant now, String by, String setting, String before, String after, String reason) {
    audit.record(
        new AuditEvent(now, by, "setting.changed", "setting", setting, before, after, reason));
  }

  private static String dueDay(Defaults defaults) {
    return AuditJson.of(Map.of("workingDay", Integer.toString(defaults.dueWorkingDays())));
  }

  private static String tolerance(Defaults defaults) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", defaults.toleranceKind());
    fields.put(
        defaults.tolerance() instanceof Tolerance.Relative ? "percentOfTarget" : "amount",
        defaults.toleranceAsTyped());
    return AuditJson.of(fields);
  }
}
