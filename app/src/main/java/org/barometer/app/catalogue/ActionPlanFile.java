package org.barometer.app.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.action.ActionDefinition;
import org.barometer.app.action.ActionMilestone;
import org.barometer.app.action.ActionPlanFormat;
import org.barometer.app.action.Lead;
import org.barometer.core.action.Revision;

/**
 * Reads an action plan file (docs/import-formats.md): action rows and milestone rows, every error
 * placed at its row and column. The actions are given only when the whole file is right.
 */
final class ActionPlanFile {

  static final CsvFile FILE =
      new CsvFile(ActionPlanFormat.FILE, ActionPlanFormat.REQUIRED, ActionPlanFormat.OPTIONAL);

  private final PlanDirectory directory;
  private final Set<String> existing;
  private final LocalDate today;
  private final Map<String, ActionRow> actions = new LinkedHashMap<>();
  private final List<MilestoneRow> milestones = new ArrayList<>();
  private final Set<String> withMilestoneRows = new HashSet<>();

  private ActionPlanFile(PlanDirectory directory, Set<String> existing, LocalDate today) {
    this.directory = directory;
    this.existing = existing;
    this.today = today;
  }

  /** The actions of the file, or none when it has any error (each one in {@code errors}). */
  static List<ActionDefinition> read(
      CatalogueFolder folder,
      PlanDirectory directory,
      Set<String> existing,
      LocalDate today,
      ImportErrors errors) {
    ActionPlanFile file = new ActionPlanFile(directory, existing, today);
    Optional<List<CsvRow>> rows = FILE.read(folder, errors);
    if (rows.isEmpty()) {
      return List.of();
    }
    rows.get().forEach(file::add);
    List<ActionDefinition> read = file.assemble();
    if (rows.get().isEmpty()) {
      errors.add(FILE.name(), 0, "", "the file has no actions");
    }
    return errors.isEmpty() ? read : List.of();
  }

  private void add(CsvRow row) {
    Optional<String> number = row.integer("number", 1).map(String::valueOf);
    if (row.blank("milestone")) {
      action(row, number);
    } else {
      Optional<Integer> position = row.integer("milestone", 1);
      Optional<ActionMilestone> milestone = milestone(row, position);
      number.ifPresent(withMilestoneRows::add);
      if (number.isPresent() && milestone.isPresent()) {
        milestones.add(new MilestoneRow(row, number.get(), milestone.get()));
      }
    }
  }

  private void action(CsvRow row, Optional<String> number) {
    Optional<Long> aim = row.required("aim").flatMap(name -> directory.aim(row, name));
    Optional<String> title = longest(row, "title", 500);
    List<Lead> leads = leads(row);
    Optional<LocalDate> due = row.date("due_date");
    Optional<Revision> revised = revision(row);
    if (revised.isPresent() && due.isEmpty()) {
      row.error("revised_due_date", "revises the action's own date, and due_date is empty");
    }
    if (!row.blank("completed_on")) {
      row.error("completed_on", "is for milestones; an action is completed by its progress");
    }
    longest(row, "lead_officer", 200);
    number.ifPresent(
        code -> {
          if (existing.contains(code)) {
            row.error("number", "action " + code + " is in the plan already");
          } else if (actions.containsKey(code)) {
            row.error("number", "action " + code + " is at row " + actions.get(code).row.number());
          }
        });
    if (row.clean()) {
      actions.put(
          number.get(),
          new ActionRow(row, aim.get(), title.get(), leads, due, revised, new ArrayList<>()));
    } else {
      number.ifPresent(code -> actions.putIfAbsent(code, null));
    }
  }

  private Optional<ActionMilestone> milestone(CsvRow row, Optional<Integer> position) {
    Optional<String> title = longest(row, "title", 1000);
    Optional<LocalDate> due = row.date("due_date");
    if (row.blank("due_date")) {
      row.error("due_date", "is empty; a milestone needs a due date");
    }
    Optional<Revision> revised = revision(row);
    Optional<LocalDate> completed = row.date("completed_on");
    if (completed.filter(today::isBefore).isPresent()) {
      row.error("completed_on", completed.get() + " is after today");
    }
    if (!row.clean()) {
      return Optional.empty();
    }
    return Optional.of(
        new ActionMilestone(
            position.get(), title.get(), due.get(), "", "", revised, completed, row.text("note")));
  }

  private Optional<Revision> revision(CsvRow row) {
    Optional<LocalDate> date = row.date("revised_due_date");
    String reason = row.text("revised_reason").strip();
    if (date.isPresent() && reason.isEmpty()) {
      row.error("revised_reason", "is empty; say why the date was revised");
    } else if (row.blank("revised_due_date") && !reason.isEmpty()) {
      row.error("revised_due_date", "is empty, and revised_reason gives a reason for it");
    }
    return date.filter(d -> !reason.isEmpty()).map(d -> new Revision(d, reason));
  }

  private List<Lead> leads(CsvRow row) {
    List<Lead> leads = new ArrayList<>();
    row.required("lead_directorates")
        .ifPresent(
            cell -> {
              for (String lead : cell.split(ActionPlanFormat.LEAD_SEPARATOR, -1)) {
                directory.lead(row, lead).ifPresent(leads::add);
              }
            });
    return leads;
  }

  private static Optional<String> longest(CsvRow row, String column, int most) {
    boolean required = column.equals("title");
    Optional<String> text =
        required ? row.required(column).map(String::strip) : Optional.of(row.text(column).strip());
    if (text.filter(t -> t.length() > most).isPresent()) {
      row.error(column, "is longer than " + most + " characters");
      return Optional.empty();
    }
    return text;
  }

  /** Joins each milestone to its action, and checks every action has a date to be due on. */
  private List<ActionDefinition> assemble() {
    Map<String, Integer> seen = new HashMap<>();
    for (MilestoneRow m : milestones) {
      if (!actions.containsKey(m.action)) {
        m.row.error("number", "there is no action " + m.action + " in the file");
        continue;
      }
      Integer earlier = seen.putIfAbsent(m.action + "." + m.milestone.position(), m.row.number());
      if (earlier != null) {
        m.row.error(
            "milestone",
            "action "
                + m.action
                + " has a milestone "
                + m.milestone.position()
                + " at row "
                + earlier);
      } else if (actions.get(m.action) != null) {
        actions.get(m.action).milestones.add(m.milestone);
      }
    }
    List<ActionDefinition> read = new ArrayList<>();
    actions.forEach(
        (code, a) -> {
          if (a == null) {
            return;
          }
          if (a.due.isEmpty() && !withMilestoneRows.contains(code)) {
            a.row.error("due_date", "is empty, and action " + code + " has no milestone rows");
            return;
          }
          if (a.due.isEmpty() && a.milestones.isEmpty()) {
            return; // its milestone rows are wrong, and say so
          }
          read.add(a.definition(code));
        });
    return read;
  }

  private record ActionRow(
      CsvRow row,
      long aim,
      String title,
      List<Lead> leads,
      Optional<LocalDate> due,
      Optional<Revision> revised,
      List<ActionMilestone> milestones) {

    ActionDefinition definition(String code) {
      String text = row.blank("text") ? title : row.text("text").strip();
      return new ActionDefinition(
          code,
          title,
          text,
          Optional.of(aim),
          leads,
          row.text("lead_officer").strip(),
          Optional.empty(),
          Optional.empty(),
          due,
          "",
          revised,
          row.text("note").strip(),
          milestones,
          List.of(),
          List.of());
    }
  }

  private record MilestoneRow(CsvRow row, String action, ActionMilestone milestone) {}
}
