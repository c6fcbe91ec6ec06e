package org.barometer.app.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads actions.csv: one row per corporate priority action. */
final class ActionsFile {

  static final CsvFile FILE =
      new CsvFile(
          "actions.csv",
          List.of("number", "aim", "action_as_printed", "directorates_as_printed"),
          List.of("due_date", "due_date_as_printed", "correction_note", "note"));

  private final Organisation organisation;
  private final Optional<List<Aim>> aims;
  private final MilestonesFile.Read milestones;
  private final Map<Integer, Action> actions = new TreeMap<>();
  private final Map<Integer, Integer> seen = new HashMap<>();

  private ActionsFile(
      Organisation organisation, Optional<List<Aim>> aims, MilestonesFile.Read milestones) {
    this.organisation = organisation;
    this.aims = aims;
    this.milestones = milestones;
  }

  static List<Action> read(
      CatalogueFolder folder,
      Organisation organisation,
      Optional<List<Aim>> aims,
      MilestonesFile.Read milestones,
      ImportErrors errors) {
    ActionsFile file = new ActionsFile(organisation, aims, milestones);
    Optional<List<CsvRow>> rows = FILE.read(folder, errors);
    rows.ifPresent(list -> list.forEach(file::add));
    if (rows.isPresent()) {
      file.orphanMilestones();
    }
    return List.copyOf(file.actions.values());
  }

  private void add(CsvRow row) {
    Optional<Integer> number = row.integer("number", 1);
    Optional<String> aim = row.required("aim");
    Optional<String> text = row.required("action_as_printed");
    List<Ownership> leads = leads(row);
    Optional<DueDate> due = DueDateColumns.read(row);
    aim.filter(
            name -> aims.isPresent() && aims.get().stream().noneMatch(a -> a.name().equals(name)))
        .ifPresent(name -> row.error("aim", "'" + name + "' is not an aim in aims.csv"));
    if (number.isPresent() && seen.putIfAbsent(number.get(), row.number()) != null) {
      row.error(
          "number", "action " + number.get() + " is already at row " + seen.get(number.get()));
    }
    List<Milestone> dated =
        number.map(n -> milestones.byAction().getOrDefault(n, List.of())).orElse(List.of());
    if (row.clean() && due.isEmpty() && dated.isEmpty() && milestones.read()) {
      row.error(
          "due_date",
          "is empty, and action "
              + number.get()
              + " has no milestones in milestones.csv to be due on");
    }
    if (row.clean() && (due.isPresent() || !dated.isEmpty())) {
      actions.put(
          number.get(),
          new Action(number.get(), aim.get(), text.get(), leads, due, dated, row.text("note")));
    }
  }

  private List<Ownership> leads(CsvRow row) {
    List<Ownership> leads = new ArrayList<>();
    Optional<String> cell = row.required("directorates_as_printed");
    if (cell.isEmpty()) {
      return leads;
    }
    for (String label : cell.get().split(";", -1)) {
      if (label.isBlank()) {
        row.error("directorates_as_printed", "has an empty directorate between semicolons");
      } else {
        organisation.owner(row, "directorates_as_printed", label).ifPresent(leads::add);
      }
    }
    return leads;
  }

  private void orphanMilestones() {
    milestones
        .rows()
        .forEach(
            (action, rows) -> {
              if (!seen.containsKey(action)) {
                rows.forEach(
                    row -> row.error("action", "there is no action " + action + " in actions.csv"));
              }
            });
  }
}
