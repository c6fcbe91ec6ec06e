package org.barometer.app.catalogue;

import java.util.Objects;

/**
 * A scrutiny committee, which scrutinises the indicators and actions of one department.
 *
 * @param name {@code Policy and Resources Scrutiny Committee}
 * @param department the short name of the department it scrutinises
 * @param printedAs its name as printed in the source: {@code Policy and Resources}
 */
public record Committee(String name, String department, String printedAs) {

  public Committee {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(department, "department");
    printedAs = printedAs == null ? "" : printedAs;
  }
}
