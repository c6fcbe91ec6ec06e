package org.barometer.app.catalogue;

import java.util.Objects;

/**
 * Where an indicator or action sits: a printed label and the department and service it maps to.
 *
 * @param department the department's short name
 * @param service the service's name
 * @param printedLabel the label as printed in the source
 */
public record Ownership(String department, String service, String printedLabel) {

  public Ownership {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(printedLabel, "printedLabel");
  }
}
