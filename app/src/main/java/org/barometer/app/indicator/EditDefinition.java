package org.barometer.app.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.organisation.OrganisationUnit;
import org.barometer.app.security.Access;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team makes, changes and retires indicators. Every change is a new version of the
 * definition, with its reason, in the audit trail; a refused change stores nothing.
 */
@Service
public class EditDefinition {

  private final Indicators indicators;
  private final OrganisationStructure organisation;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  EditDefinition(
      Indicators indicators,
      OrganisationStructure organisation,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.indicators = indicators;
    this.organisation = organisation;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Makes an indicator; returns the errors by field, empty when it is made. */
  @Transactional
  public Map<String, String> create(DefinitionForm form, String user) {
    requireTeam(user);
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<IndicatorDefinition> definition = checked(form, Optional.empty(), errors);
    if (definition.isEmpty()) {
      return errors;
    }
    if (indicators.currentByCode(definition.get().code()).isPresent()) {
      return Map.of("code", "An indicator with the code " + definition.get().code() + " exists");
    }
    Instant now = clock.instant();
    indicators.add(definition.get(), user, now, reason(form));
    record(user, now, "indicator.created", definition.get(), null, reason(form));
    return Map.of();
  }

  /** Changes an indicator's definition; the reason is required and the old version kept. */
  @Transactional
  public Map<String, String> revise(String code, DefinitionForm form, String user) {
    requireTeam(user);
    IndicatorVersion current = indicators.currentByCode(code).orElseThrow();
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<IndicatorDefinition> changed =
        checked(form, current.definition().ownerUserId(), errors);
    if (form.reason() == null || form.reason().isBlank()) {
      errors.put("reason", "Say why the definition changes");
    }
    if (!code.equals(form.code() == null ? "" : form.code().strip())) {
      errors.put("code", "An indicator's code does not change");
    }
    if (!errors.isEmpty() || changed.isEmpty()) {
      return errors;
    }
    IndicatorDefinition merged = keepingPrinted(current.definition(), changed.get());
    Instant now = clock.instant();
    int from = form.version() == null ? -1 : form.version();
    try {
      indicators.revise(current.indicatorId(), from, merged, user, now, reason(form));
    } catch (OptimisticLockingFailureException e) {
      return Map.of(
          "version", "Someone else changed this indicator since you opened it: look again");
    }
    record(user, now, "indicator.changed", merged, current.definition(), reason(form));
    return Map.of();
  }

  /** Retires an indicator with a reason; it leaves the register, its history stays. */
  @Transactional
  public Map<String, String> retire(String code, String reason, String user) {
    requireTeam(user);
    IndicatorVersion current = indicators.currentByCode(code).orElseThrow();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      return Map.of("retireReason", "Say why the indicator is retired");
    }
    if (why.length() > DefinitionFields.LONGEST_REASON) {
      return Map.of("retireReason", "The reason is at most 1,000 characters");
    }
    Instant now = clock.instant();
    if (indicators.retire(current.indicatorId(), why, now)) {
      record(user, now, "indicator.retired", current.definition(), current.definition(), why);
    }
    return Map.of();
  }

  private Optional<IndicatorDefinition> checked(
      DefinitionForm form, Optional<Long> owner, Map<String, String> errors) {
    Optional<IndicatorDefinition> definition = DefinitionFields.read(form, owner, errors);
    definition.ifPresent(d -> checkPlacement(d.placement(), errors));
    return errors.isEmpty() ? definition : Optional.empty();
  }

  private void checkPlacement(Placement p, Map<String, String> errors) {
    known(organisation.departments(), p.departmentId(), "department", errors);
    known(organisation.committees(), p.committeeId(), "committee", errors);
    known(organisation.aims(), p.aimId(), "aim", errors);
    p.serviceId()
        .ifPresent(
            service -> {
              Optional<OrganisationUnit> unit =
                  organisation.services().stream().filter(u -> u.id() == service).findFirst();
              if (unit.isEmpty() || !unit.get().parentId().equals(p.departmentId())) {
                errors.put("service", "Choose a service of the chosen department");
              }
            });
  }

  private static void known(
      java.util.List<OrganisationUnit> units,
      Optional<Long> id,
      String field,
      Map<String, String> errors) {
    if (id.isPresent() && units.stream().noneMatch(u -> u.id() == id.get())) {
      errors.put(field, "Choose a " + field + " from the list");
    }
  }

  /** What the form does not show (names and labels as printed, owner, notes) stays. */
  private static IndicatorDefinition keepingPrinted(
      IndicatorDefinition old, IndicatorDefinition d) {
    Placement p = d.placement();
    String label =
        p.serviceId().equals(old.placement().serviceId()) ? old.placement().serviceLabel() : "";
    return new IndicatorDefinition(
        d.code(),
        d.name(),
        old.nameAsPrinted(),
        d.definition(),
        d.measure(),
        d.measure().aggregation() == old.measure().aggregation() ? old.aggregationLabel() : "",
        new Placement(p.departmentId(), p.serviceId(), label, p.committeeId(), p.aimId()),
        old.ownerUserId(),
        d.contextual(),
        d.tolerance(),
        old.newToReport(),
        d.comments(),
        old.notes());
  }

  private void record(
      String user,
      Instant now,
      String action,
      IndicatorDefinition d,
      IndicatorDefinition old,
      String why) {
    audit.record(
        new AuditEvent(
            now,
            user,
            action,
            "indicator",
            d.code(),
            old == null ? null : summary(old),
            summary(d),
            why));
  }

  private static String summary(IndicatorDefinition d) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", d.name());
    fields.put("measure", d.measure().toString());
    fields.put("placement", d.placement().toString());
    fields.put("contextual", Boolean.toString(d.contextual()));
    fields.put("tolerance", d.tolerance().map(Object::toString).orElse("organisation's"));
    fields.put("definition", d.definition());
    return AuditJson.of(fields);
  }

  private static String reason(DefinitionForm form) {
    return form.reason() == null || form.reason().isBlank()
        ? "new indicator"
        : form.reason().strip();
  }

  private void requireTeam(String user) {
    if (!access.mayApprove(user)) {
      throw new AccessDeniedException("Only the performance team changes the register");
    }
  }
}
