package org.barometer.app.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A service of a department, with every label under which the source prints it.
 *
 * @param department the department's short name
 * @param name the service's name: {@code Adult Services and Housing}
 * @param printedLabels the labels that map to it, as printed: {@code Department of People Adult
 *     Services}, {@code Department for People Adult Social Care and Housing}
 */
public record Service(String department, String name, List<String> printedLabels) {

  public Service {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(name, "name");
    printedLabels = List.copyOf(printedLabels);
  }
}
