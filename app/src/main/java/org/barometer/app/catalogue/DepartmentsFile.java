package org.barometer.app.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads departments.csv: one row per printed label, naming its department and service. */
final class DepartmentsFile {

  static final CsvFile FILE =
      new CsvFile(
          "departments.csv",
          List.of("department", "department_name", "service", "printed_label"),
          List.of("printed_in", "mapping_note"));

  private final Map<String, String> fullNames = new LinkedHashMap<>();
  private final Map<String, Map<String, List<String>>> services = new LinkedHashMap<>();
  private final Map<String, Ownership> labels = new HashMap<>();
  private final Map<String, Integer> labelRows = new HashMap<>();

  private DepartmentsFile() {}

  static Organisation read(CatalogueFolder folder, ImportErrors errors) {
    Optional<List<CsvRow>> rows = FILE.read(folder, errors);
    if (rows.isEmpty()) {
      return Organisation.unread();
    }
    DepartmentsFile file = new DepartmentsFile();
    rows.get().forEach(file::add);
    if (rows.get().isEmpty()) {
      errors.add(FILE.name(), 0, "", "the file has no departments");
    }
    return file.organisation();
  }

  private void add(CsvRow row) {
    Optional<String> department = row.required("department");
    Optional<String> fullName = row.required("department_name");
    Optional<String> service = row.required("service");
    Optional<String> label = row.required("printed_label").map(Organisation::normal);
    if (!row.clean()) {
      return;
    }
    String known = fullNames.putIfAbsent(department.get(), fullName.get());
    if (known != null && !known.equals(fullName.get())) {
      row.error("department_name", "'" + department.get() + "' is named '" + known + "' above");
    }
    Integer earlier = labelRows.putIfAbsent(label.get(), row.number());
    if (earlier != null) {
      row.error("printed_label", "the label is already listed at row " + earlier);
      return;
    }
    services
        .computeIfAbsent(department.get(), d -> new LinkedHashMap<>())
        .computeIfAbsent(service.get(), s -> new ArrayList<>())
        .add(label.get());
    labels.put(label.get(), new Ownership(department.get(), service.get(), label.get()));
  }

  private Organisation organisation() {
    List<Department> departments = new ArrayList<>();
    services.forEach(
        (department, byService) -> {
          List<Service> list = new ArrayList<>();
          byService.forEach((name, printed) -> list.add(new Service(department, name, printed)));
          departments.add(new Department(department, fullNames.get(department), list));
        });
    return new Organisation(departments, labels, true);
  }
}
