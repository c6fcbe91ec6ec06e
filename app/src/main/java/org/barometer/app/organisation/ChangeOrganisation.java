package org.barometer.app.organisation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator adds a department, service, committee, aim or priority, or changes one. A
 * refused form stores nothing; each change is in the audit trail with its old and new values.
 */
@Service
public class ChangeOrganisation {

  private final OrganisationStructure structure;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ChangeOrganisation(
      OrganisationStructure structure, Access access, AuditTrail audit, Clock clock) {
    this.structure = structure;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Adds a part of the kind ({@code id} empty) or changes the part {@code id}; returns what is
   * wrong, by field, or nothing when it is stored.
   */
  @Transactional
  public Map<String, String> save(UnitKind kind, Optional<Long> id, UnitForm form, String by) {
    if (!access.mayAdminister(by)) {
      throw new AccessDeniedException(by + " may not change the organisation structure");
    }
    structure.lockForChange();
    List<OrganisationUnit> existing = units(kind);
    List<OrganisationUnit> parents = kind.parent().map(p -> units(p.kind())).orElse(List.of());
    Optional<String> before =
        id.map(wanted -> describe(kind, entryOf(kind, find(existing, kind, wanted)), parents));
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<UnitEntry> entry = UnitFields.read(kind, form, existing, parents, id, errors);
    if (entry.isEmpty()) {
      return errors;
    }
    String after = describe(kind, entry.get(), parents);
    if (before.isPresent() && before.get().equals(after)) {
      return Map.of("name", "This is how it is already: change something, or go back");
    }
    long stored = id.isPresent() ? change(kind, id.get(), entry.get()) : add(kind, entry.get());
    String action = kind.noun() + (id.isPresent() ? ".changed" : ".added");
    audit.record(
        new AuditEvent(
            clock.instant(),
            by,
            action,
            kind.noun(),
            Long.toString(stored),
            before.orElse(null),
            after,
            null));
    return Map.of();
  }

  private static OrganisationUnit find(List<OrganisationUnit> units, UnitKind kind, long id) {
    return units.stream()
        .filter(u -> u.id() == id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No " + kind.noun() + " " + id));
  }

  /** Every part of the kind, as stored. */
  public List<OrganisationUnit> units(UnitKind kind) {
    return switch (kind) {
      case DEPARTMENT -> structure.departments();
      case SERVICE -> structure.services();
      case COMMITTEE -> structure.committees();
      case AIM -> structure.aims();
      case PRIORITY -> structure.priorities();
    };
  }

  /** A stored part as its form shows it. */
  public static UnitForm formOf(UnitKind kind, OrganisationUnit unit) {
    UnitEntry entry = entryOf(kind, unit);
    return new UnitForm(
        entry.name(), entry.detail(), entry.parentId().map(String::valueOf).orElse(""));
  }

  private long add(UnitKind kind, UnitEntry e) {
    return switch (kind) {
      case DEPARTMENT ->
          structure.addDepartment(e.name(), fullName(e), structure.nextDepartmentPosition());
      case SERVICE -> structure.addService(e.parentId().orElseThrow(), e.name(), List.of());
      case COMMITTEE -> structure.addCommittee(e.name(), "", e.parentId());
      case AIM -> structure.addAim(e.name(), structure.nextAimPosition(), "");
      case PRIORITY -> {
        long aim = e.parentId().orElseThrow();
        yield structure.addPriority(aim, structure.nextPriorityPosition(aim), e.name(), e.detail());
      }
    };
  }

  private long change(UnitKind kind, long id, UnitEntry e) {
    switch (kind) {
      case DEPARTMENT -> structure.renameDepartment(id, e.name(), fullName(e));
      case SERVICE -> structure.changeService(id, e.parentId().orElseThrow(), e.name());
      case COMMITTEE -> structure.changeCommittee(id, e.name(), e.parentId());
      case AIM -> structure.renameAim(id, e.name());
      case PRIORITY ->
          structure.changePriority(id, e.parentId().orElseThrow(), e.name(), e.detail());
    }
    return id;
  }

  private static String fullName(UnitEntry e) {
    return e.detail().isEmpty() ? e.name() : e.detail();
  }

  private static UnitEntry entryOf(UnitKind kind, OrganisationUnit unit) {
    String detail =
        kind.detailField().isPresent() && !unit.printedAs().isEmpty()
            ? unit.printedAs().get(0)
            : "";
    return new UnitEntry(unit.name(), detail, kind.parent().flatMap(p -> unit.parentId()));
  }

  private static String describe(UnitKind kind, UnitEntry entry, List<OrganisationUnit> parents) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", entry.name());
    if (kind == UnitKind.DEPARTMENT) {
      fields.put("fullName", fullName(entry));
    } else if (kind.detailField().isPresent()) {
      fields.put("note", entry.detail());
    }
    kind.parent()
        .ifPresent(
            p ->
                fields.put(
                    p.noun(),
                    entry
                        .parentId()
                        .flatMap(id -> parents.stream().filter(u -> u.id() == id).findFirst())
                        .map(OrganisationUnit::name)
                        .orElse(null)));
    return AuditJson.of(fields);
  }
}
