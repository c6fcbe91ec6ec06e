package org.barometer.app.action;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.organisation.OrganisationUnit;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team says which corporate priorities of its aim an action serves, which scrutiny
 * committee looks at it and which indicators it relates to, from the version of the action the form
 * was opened on, with a reason, in the audit trail.
 */
@Service
public class PlaceAction {

  private final Actions actions;
  private final OrganisationStructure organisation;
  private final Indicators indicators;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  PlaceAction(
      Actions actions,
      OrganisationStructure organisation,
      Indicators indicators,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.actions = actions;
    this.organisation = organisation;
    this.indicators = indicators;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether the person may change where actions sit. */
  public boolean mayPlace(String username) {
    return access.mayAssignOwners(username);
  }

  /** The priorities of the action's aim, in their order; none for an action without an aim. */
  public List<OrganisationUnit> prioritiesFor(StoredAction action) {
    return organisation.priorities().stream()
        .filter(p -> p.parentId().equals(action.definition().aimId()))
        .toList();
  }

  public List<OrganisationUnit> committees() {
    return organisation.committees();
  }

  /** The indicators in the register, not retired, in code order. */
  public List<IndicatorVersion> indicators() {
    return indicators.allCurrent();
  }

  /** The codes of the action's related indicators, in code order. */
  public List<String> indicatorCodes(StoredAction action) {
    return related(action).stream().map(i -> i.definition().code()).toList();
  }

  /** The action's related indicators, as they now are, in code order. */
  public List<IndicatorVersion> related(StoredAction action) {
    List<Long> ids = action.definition().indicatorIds();
    return indicators.allCurrent().stream().filter(i -> ids.contains(i.indicatorId())).toList();
  }

  /**
   * Returns what is wrong, by field, or nothing when the placement is stored. A form opened on an
   * older version is refused under {@code version}.
   */
  @Transactional
  public Map<String, String> place(StoredAction action, PlacementForm form, String by) {
    if (!mayPlace(by)) {
      throw new AccessDeniedException(by + " may not say where an action sits");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, OrganisationUnit> aimPriorities = byId(prioritiesFor(action));
    List<Long> priorities = new ArrayList<>();
    for (String id : form.priorities()) {
      OrganisationUnit p = aimPriorities.get(id);
      if (p == null) {
        errors.put(
            "priorities",
            "Choose priorities from the list: only the priorities of the action's aim");
        break;
      }
      priorities.add(p.id());
    }
    Optional<Long> committee = Optional.empty();
    if (!form.committee().isEmpty()) {
      OrganisationUnit c = byId(committees()).get(form.committee());
      if (c == null) {
        errors.put("committee", "Choose a scrutiny committee from the list, or none");
      } else {
        committee = Optional.of(c.id());
      }
    }
    Map<String, IndicatorVersion> register =
        indicators().stream()
            .collect(Collectors.toMap(i -> i.definition().code(), Function.identity()));
    List<Long> related = new ArrayList<>();
    for (String code : form.indicators()) {
      IndicatorVersion i = register.get(code);
      if (i == null) {
        errors.put("indicators", "Choose indicators from the register: there is no " + code);
        break;
      }
      related.add(i.indicatorId());
    }
    ChangeReason.check(
        form.reason(), "Say why the priorities, committee or indicators change", errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    if (form.version() == null
        || !actions.changePlacement(action.id(), form.version(), priorities, committee, related)) {
      return ChangeReason.stale();
    }
    ActionDefinition d = action.definition();
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            "action.placement-changed",
            "action",
            action.code(),
            describe(d.priorityIds(), d.committeeId(), indicatorCodes(action)),
            describe(priorities, committee, form.indicators()),
            form.reason()));
    return Map.of();
  }

  private String describe(List<Long> priorities, Optional<Long> committee, List<String> codes) {
    Map<String, OrganisationUnit> all = byId(organisation.priorities());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(
        "priorities",
        priorities.stream()
            .map(id -> all.get(id.toString()))
            .filter(p -> p != null)
            .map(OrganisationUnit::name)
            .collect(Collectors.joining("; ")));
    fields.put(
        "committee",
        committee
            .map(id -> byId(committees()).get(id.toString()))
            .map(OrganisationUnit::name)
            .orElse(null));
    fields.put("indicators", String.join(", ", codes));
    return AuditJson.of(fields);
  }

  private static Map<String, OrganisationUnit> byId(List<OrganisationUnit> units) {
    return units.stream()
        .collect(
            Collectors.toMap(
                u -> Long.toString(u.id()), Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
