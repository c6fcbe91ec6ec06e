package org.barometer.app.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads committees.csv: one scrutiny committee per department. */
final class CommitteesFile {

  static final CsvFile FILE =
      new CsvFile(
          "committees.csv", List.of("committee", "department"), List.of("printed_as", "note"));

  private CommitteesFile() {}

  /** The committees by the department they scrutinise. */
  static Map<String, Committee> read(
      CatalogueFolder folder, Organisation organisation, ImportErrors errors) {
    Map<String, Committee> byDepartment = new LinkedHashMap<>();
    Optional<List<CsvRow>> rows = FILE.read(folder, errors);
    if (rows.isEmpty()) {
      return byDepartment;
    }
    rows.get().forEach(row -> add(row, organisation, byDepartment));
    for (Department department : organisation.departments()) {
      if (!byDepartment.containsKey(department.name())) {
        errors.add(
            FILE.name(), 0, "", "department '" + department.name() + "' has no scrutiny committee");
      }
    }
    return byDepartment;
  }

  private static void add(
      CsvRow row, Organisation organisation, Map<String, Committee> byDepartment) {
    Optional<String> name = row.required("committee");
    Optional<String> department = row.required("department");
    if (!row.clean()) {
      return;
    }
    Committee earlier = byDepartment.get(department.get());
    if (organisation.read() && !organisation.hasDepartment(department.get())) {
      row.error("department", "'" + department.get() + "' is not a department in departments.csv");
    } else if (earlier != null) {
      row.error("department", "'" + department.get() + "' already has " + earlier.name());
    } else {
      byDepartment.put(
          department.get(), new Committee(name.get(), department.get(), row.text("printed_as")));
    }
  }
}
