package org.barometer.app.catalogue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.app.action.ActionDefinition;
import org.barometer.app.action.ActionMilestone;
import org.barometer.app.action.Actions;
import org.barometer.app.action.Lead;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a catalogue's corporate priority actions with their leads and milestones, dates exactly as
 * printed beside the dates read, each in the audit trail. It runs inside the catalogue's
 * transaction.
 */
@Component
class CatalogueActions {

  /** A heading before a dash or colon: "Seaway Car Park – to bring forward ...". */
  private static final Pattern HEADING = Pattern.compile("^(.{3,120}?)\\s*(?: [–-] |: )");

  private final Actions actions;
  private final AuditTrail audit;

  CatalogueActions(Actions actions, AuditTrail audit) {
    this.actions = actions;
    this.audit = audit;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void save(
      List<Action> catalogued,
      Map<String, Long> departments,
      Map<String, Long> services,
      Map<String, Long> aims,
      String by,
      Instant at) {
    for (Action action : catalogued) {
      List<Lead> leads =
          action.leads().stream()
              .map(
                  o ->
                      new Lead(
                          departments.get(o.department()),
                          Optional.ofNullable(services.get(o.department() + "/" + o.service())),
                          o.printedLabel()))
              .toList();
      ActionDefinition definition =
          new ActionDefinition(
              Integer.toString(action.number()),
              titleOf(action.text()),
              action.text(),
              Optional.ofNullable(aims.get(action.aim())),
              leads,
              "",
              Optional.empty(),
              Optional.empty(),
              action.ownDue().map(DueDate::date),
              action.ownDue().map(DueDate::asPrinted).orElse(""),
              Optional.empty(),
              String.join(" ", action.note(), correctionOf(action)).strip(),
              action.milestones().stream().map(CatalogueActions::milestoneOf).toList(),
              List.of(),
              List.of());
      actions.add(definition);
      audit.record(
          new AuditEvent(
              at,
              by,
              "action.imported",
              "action",
              definition.code(),
              null,
              AuditJson.of(described(definition)),
              "imported from the catalogue"));
    }
  }

  /** The heading of the printed text when it has one, else the whole text. */
  static String titleOf(String text) {
    Matcher heading = HEADING.matcher(text.strip());
    return heading.find() ? heading.group(1).strip() : text.strip();
  }

  private static String correctionOf(Action action) {
    return action.ownDue().map(DueDate::correction).orElse("");
  }

  private static ActionMilestone milestoneOf(Milestone m) {
    return new ActionMilestone(
        m.order(),
        m.title(),
        m.due().date(),
        m.due().asPrinted(),
        m.due().correction(),
        Optional.empty(),
        Optional.empty(),
        m.note());
  }

  /** What the audit trail says of an action added. */
  static Map<String, String> described(ActionDefinition d) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", d.title());
    fields.put("due", d.due().toString());
    fields.put("milestones", Integer.toString(d.milestones().size()));
    return fields;
  }
}
