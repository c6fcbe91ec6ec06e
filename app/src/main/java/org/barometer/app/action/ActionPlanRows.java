package org.barometer.app.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.People;
import org.barometer.core.action.Revision;
import org.springframework.stereotype.Component;

/**
 * The action plan as rows of text in {@link ActionPlanFormat#columns()} order: each action with its
 * owner and status today, followed by its milestones. The CSV and XLSX exports write the same rows.
 */
@Component
class ActionPlanRows {

  private final JudgeActions judge;
  private final OrganisationStructure organisation;
  private final People people;

  ActionPlanRows(JudgeActions judge, OrganisationStructure organisation, People people) {
    this.judge = judge;
    this.organisation = organisation;
    this.people = people;
  }

  /** Every row, without the header. */
  List<List<String>> rows() {
    OrganisationNames names = new OrganisationNames(organisation);
    List<List<String>> rows = new ArrayList<>();
    for (JudgedAction a : judge.all()) {
      rows.add(actionRow(a, names));
      for (ActionMilestone m : a.definition().milestones()) {
        rows.add(milestoneRow(a.code(), m));
      }
    }
    return rows;
  }

  private List<String> actionRow(JudgedAction a, OrganisationNames names) {
    ActionDefinition d = a.definition();
    return List.of(
        d.code(),
        "",
        names.of("aim", d.aimId()),
        d.title(),
        d.text(),
        d.leads().stream()
            .map(l -> lead(l, names))
            .collect(Collectors.joining(ActionPlanFormat.LEAD_SEPARATOR)),
        d.leadOfficer(),
        d.ownerUserId().isPresent() ? people.nameOf(d.ownerUserId()) : "",
        text(d.ownDue()),
        text(d.revisedDue().map(Revision::date)),
        d.revisedDue().map(Revision::reason).orElse(""),
        "",
        a.statusLabel(),
        a.reason(),
        d.note());
  }

  private static List<String> milestoneRow(String code, ActionMilestone m) {
    return List.of(
        code,
        Integer.toString(m.position()),
        "",
        m.title(),
        "",
        "",
        "",
        "",
        m.originalDue().toString(),
        text(m.revised().map(Revision::date)),
        m.revised().map(Revision::reason).orElse(""),
        text(m.completedOn()),
        "",
        "",
        m.note());
  }

  /** A lead as the import reads it: {@code Place} or {@code Place / Regeneration}. */
  private static String lead(Lead lead, OrganisationNames names) {
    String department = names.of("department", Optional.of(lead.departmentId()));
    return lead.serviceId()
        .map(
            s ->
                department
                    + ActionPlanFormat.SERVICE_SEPARATOR
                    + names.of("service", Optional.of(s)))
        .orElse(department);
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }
}
