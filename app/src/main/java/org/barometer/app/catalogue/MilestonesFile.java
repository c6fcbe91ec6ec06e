package org.barometer.app.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads milestones.csv: one row per dated milestone of an action. */
final class MilestonesFile {

  static final CsvFile FILE =
      new CsvFile(
          "milestones.csv",
          List.of("action", "order", "title", "due_date"),
          List.of("due_date_as_printed", "correction_note", "note"));

  /** The milestones read, by action number, with the rows that named each action. */
  record Read(
      Map<Integer, List<Milestone>> byAction, Map<Integer, List<CsvRow>> rows, boolean read) {}

  private final Map<Integer, List<Milestone>> byAction = new TreeMap<>();
  private final Map<Integer, List<CsvRow>> rows = new HashMap<>();
  private final Map<String, Integer> seen = new HashMap<>();

  private MilestonesFile() {}

  static Read read(CatalogueFolder folder, ImportErrors errors) {
    MilestonesFile file = new MilestonesFile();
    Optional<List<CsvRow>> rows = FILE.read(folder, errors);
    rows.ifPresent(list -> list.forEach(file::add));
    file.byAction.values().forEach(list -> list.sort(Comparator.comparingInt(Milestone::order)));
    return new Read(file.byAction, file.rows, rows.isPresent());
  }

  private void add(CsvRow row) {
    Optional<Integer> action = row.integer("action", 1);
    Optional<Integer> order = row.integer("order", 1);
    Optional<String> title = row.required("title");
    Optional<DueDate> due = DueDateColumns.read(row);
    if (row.clean() && due.isEmpty()) {
      row.error("due_date", "is empty; a milestone needs a due date");
    }
    if (action.isPresent() && order.isPresent()) {
      Integer earlier = seen.putIfAbsent(action.get() + "." + order.get(), row.number());
      if (earlier != null) {
        row.error(
            "order",
            "action " + action.get() + " has a milestone " + order.get() + " at row " + earlier);
      }
      rows.computeIfAbsent(action.get(), a -> new ArrayList<>()).add(row);
    }
    if (row.clean()) {
      byAction
          .computeIfAbsent(action.get(), a -> new ArrayList<>())
          .add(new Milestone(order.get(), title.get(), due.get(), row.text("note")));
    }
  }
}
