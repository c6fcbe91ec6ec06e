package org.barometer.app.action;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.People;
import org.barometer.core.action.Revision;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole action plan as a CSV file in the import's format, with each action's owner and status
 * today beside it. Cells that a spreadsheet would run as a formula are written with a leading
 * apostrophe.
 */
@Controller
class ActionExportController {

  private final JudgeActions judge;
  private final OrganisationStructure organisation;
  private final People people;

  ActionExportController(JudgeActions judge, OrganisationStructure organisation, People people) {
    this.judge = judge;
    this.organisation = organisation;
    this.people = people;
  }

  @GetMapping("/actions/export.csv")
  ResponseEntity<String> export() {
    OrganisationNames names = new OrganisationNames(organisation);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(ActionPlanFormat.columns().toArray(String[]::new))
            .get()
            .print(out)) {
      for (JudgedAction a : judge.all()) {
        csv.printRecord(safe(actionRow(a, names)));
        for (ActionMilestone m : a.definition().milestones()) {
          csv.printRecord(safe(milestoneRow(a.code(), m)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"action-plan.csv\"")
        .body(out.toString());
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

  /** Cells starting as a formula would are kept as text (CSV injection). */
  private static List<String> safe(List<String> cells) {
    List<String> safe = new ArrayList<>();
    for (String cell : cells) {
      boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
      safe.add(formula ? "'" + cell : cell);
    }
    return safe;
  }
}
