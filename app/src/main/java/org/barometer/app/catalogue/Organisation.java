package org.barometer.app.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The departments read from departments.csv, and every printed label with the service it maps to.
 * When departments.csv could not be read, labels are not checked: the file's own errors say why.
 */
record Organisation(List<Department> departments, Map<String, Ownership> labels, boolean read) {

  Organisation {
    departments = List.copyOf(departments);
    labels = Map.copyOf(labels);
  }

  static Organisation unread() {
    return new Organisation(List.of(), Map.of(), false);
  }

  /** The ownership a printed label maps to; an error at the row's column when none does. */
  Optional<Ownership> owner(CsvRow row, String column, String printedLabel) {
    Ownership owner = labels.get(normal(printedLabel));
    if (owner == null && read) {
      row.error(
          column,
          "'"
              + printedLabel.strip()
              + "' is not a printed label of any service in departments.csv");
    }
    return Optional.ofNullable(owner);
  }

  boolean hasDepartment(String name) {
    return departments.stream().anyMatch(department -> department.name().equals(name));
  }

  static String normal(String label) {
    return label.strip().replaceAll("\\s+", " ");
  }
}
