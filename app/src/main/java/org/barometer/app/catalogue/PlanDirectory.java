package org.barometer.app.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.barometer.app.action.ActionPlanFormat;
import org.barometer.app.action.Lead;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.organisation.OrganisationUnit;

/**
 * The aims and directorates an action plan file may name, as the organisation has them now: an aim
 * by its name, a lead by its department's name or as {@code Department / Service}.
 */
final class PlanDirectory {

  private final Map<String, Long> aims = new HashMap<>();
  private final Map<String, Lead> leads = new HashMap<>();
  private final String aimNames;

  PlanDirectory(OrganisationStructure organisation) {
    List<OrganisationUnit> known = organisation.aims();
    known.forEach(a -> aims.put(a.name(), a.id()));
    aimNames = known.stream().map(OrganisationUnit::name).collect(Collectors.joining(", "));
    Map<Long, String> departments = new HashMap<>();
    for (OrganisationUnit d : organisation.departments()) {
      departments.put(d.id(), d.name());
      leads.put(Organisation.normal(d.name()), new Lead(d.id(), Optional.empty(), ""));
    }
    for (OrganisationUnit s : organisation.services()) {
      long department = s.parentId().orElseThrow();
      String name = departments.get(department) + ActionPlanFormat.SERVICE_SEPARATOR + s.name();
      leads.put(Organisation.normal(name), new Lead(department, Optional.of(s.id()), ""));
    }
  }

  Optional<Long> aim(CsvRow row, String name) {
    Long id = aims.get(name.strip());
    if (id == null) {
      row.error("aim", "'" + name.strip() + "' is not a corporate aim; the aims are " + aimNames);
    }
    return Optional.ofNullable(id);
  }

  Optional<Lead> lead(CsvRow row, String text) {
    Lead lead = leads.get(Organisation.normal(text));
    if (lead == null) {
      row.error(
          "lead_directorates",
          "'"
              + text.strip()
              + "' is not a directorate: give a department's name, such as Place, or a department"
              + " and one of its services, such as Place / Public Protection");
    }
    return Optional.ofNullable(lead);
  }
}
