package org.barometer.app.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads aims.csv: one row per priority, naming its aim. */
final class AimsFile {

  static final CsvFile FILE =
      new CsvFile(
          "aims.csv",
          List.of("aim", "aim_order", "priority_order", "priority_as_printed"),
          List.of("aim_as_printed", "note"));

  private final Map<String, Aim> aims = new LinkedHashMap<>();

  private AimsFile() {}

  /** The aims in order, or empty when the file could not be read. */
  static Optional<List<Aim>> read(CatalogueFolder folder, ImportErrors errors) {
    Optional<List<CsvRow>> rows = FILE.read(folder, errors);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    AimsFile file = new AimsFile();
    rows.get().forEach(file::add);
    return Optional.of(
        file.aims.values().stream().sorted(Comparator.comparingInt(Aim::order)).toList());
  }

  private void add(CsvRow row) {
    Optional<String> name = row.required("aim");
    Optional<Integer> order = row.integer("aim_order", 1);
    Optional<Integer> priorityOrder = row.integer("priority_order", 1);
    Optional<String> priority = row.required("priority_as_printed");
    if (!row.clean()) {
      return;
    }
    Aim aim =
        aims.getOrDefault(
            name.get(), new Aim(name.get(), order.get(), row.text("aim_as_printed"), List.of()));
    if (aim.order() != order.get()) {
      row.error("aim_order", "'" + aim.name() + "' has order " + aim.order() + " above");
      return;
    }
    boolean taken =
        aim.priorities().stream().anyMatch(p -> p.order() == priorityOrder.get().intValue());
    if (taken) {
      row.error("priority_order", aim.name() + " already has a priority " + priorityOrder.get());
      return;
    }
    List<Aim.Priority> priorities = new ArrayList<>(aim.priorities());
    priorities.add(new Aim.Priority(priorityOrder.get(), priority.get(), row.text("note")));
    priorities.sort(Comparator.comparingInt(Aim.Priority::order));
    aims.put(aim.name(), new Aim(aim.name(), aim.order(), aim.printedAs(), priorities));
  }
}
