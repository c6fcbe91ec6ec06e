package org.barometer.app.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Names of departments, services, committees, aims and priorities by id, read once for a page or
 * answer.
 */
public final class OrganisationNames {

  private final List<OrganisationUnit> units;

  public OrganisationNames(OrganisationStructure organisation) {
    this.units = organisation.namedUnits();
  }

  /** The name of the unit of that kind with that id, or "Not assigned". */
  public String of(String kind, Optional<Long> id) {
    return id.flatMap(
            i ->
                units.stream()
                    .filter(u -> u.kind().equals(kind) && u.id() == i)
                    .map(OrganisationUnit::name)
                    .findFirst())
        .orElse("Not assigned");
  }
}
