package org.barometer.app.catalogue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.indicator.Placement;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.target.Targets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves an imported catalogue into the register: the organisation structure, the indicators' first
 * definitions, every target with its decision, and the corporate priority actions. It runs inside
 * its caller's transaction, so a failure stores nothing.
 */
@Component
public class CatalogueStore {

  private final OrganisationStructure organisation;
  private final Indicators indicators;
  private final Targets targets;
  private final CatalogueActions actions;

  CatalogueStore(
      OrganisationStructure organisation,
      Indicators indicators,
      Targets targets,
      CatalogueActions actions) {
    this.organisation = organisation;
    this.indicators = indicators;
    this.targets = targets;
    this.actions = actions;
  }

  /** Saves the catalogue; returns each indicator's id by its number. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<Integer, Long> save(Catalogue catalogue, String by, Instant at) {
    Ids ids = saveStructure(catalogue);
    Map<Integer, Long> indicatorIds = new HashMap<>();
    for (Indicator indicator : catalogue.indicators()) {
      long id = indicators.add(definitionOf(indicator, ids), by, at, "imported from the catalogue");
      indicatorIds.put(indicator.number(), id);
    }
    for (IndicatorTarget target : catalogue.targets()) {
      long indicatorId = indicatorIds.get(target.indicator());
      target
          .version(at, by)
          .ifPresent(
              version ->
                  targets.add(
                      indicatorId, version, target.asPrinted(), String.join(" ", target.notes())));
    }
    actions.save(catalogue.actions(), ids.departments, ids.services, ids.aims, by, at);
    return indicatorIds;
  }

  private Ids saveStructure(Catalogue catalogue) {
    Ids ids = new Ids();
    int position = 1;
    for (Department department : catalogue.departments()) {
      long id = organisation.addDepartment(department.name(), department.fullName(), position++);
      ids.departments.put(department.name(), id);
      for (Service service : department.services()) {
        ids.services.put(
            department.name() + "/" + service.name(),
            organisation.addService(id, service.name(), service.printedLabels()));
      }
    }
    for (Committee committee : catalogue.committees()) {
      ids.committees.put(
          committee.name(),
          organisation.addCommittee(
              committee.name(),
              committee.printedAs(),
              Optional.ofNullable(ids.departments.get(committee.department()))));
    }
    for (Aim aim : catalogue.aims()) {
      long id = organisation.addAim(aim.name(), aim.order(), aim.printedAs());
      ids.aims.put(aim.name(), id);
      for (Aim.Priority priority : aim.priorities()) {
        organisation.addPriority(id, priority.order(), priority.printedAs(), priority.note());
      }
    }
    return ids;
  }

  private static IndicatorDefinition definitionOf(Indicator indicator, Ids ids) {
    Ownership owner = indicator.owner();
    Placement placement =
        new Placement(
            Optional.ofNullable(ids.departments.get(owner.department())),
            Optional.ofNullable(ids.services.get(owner.department() + "/" + owner.service())),
            owner.printedLabel(),
            Optional.ofNullable(ids.committees.get(indicator.committee())),
            indicator.aim().map(ids.aims::get));
    return new IndicatorDefinition(
        Integer.toString(indicator.number()),
        indicator.name(),
        indicator.nameAsPrinted(),
        "",
        indicator.measure(),
        indicator.aggregationLabel(),
        placement,
        Optional.empty(),
        false,
        Optional.empty(),
        indicator.newToReport(),
        indicator.comments(),
        String.join(" ", indicator.notes()));
  }

  /** Ids of what has been saved, by name. */
  private static final class Ids {
    final Map<String, Long> departments = new HashMap<>();
    final Map<String, Long> services = new HashMap<>();
    final Map<String, Long> committees = new HashMap<>();
    final Map<String, Long> aims = new HashMap<>();
  }
}
