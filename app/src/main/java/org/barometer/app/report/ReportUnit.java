package org.barometer.app.report;

import java.util.Objects;

/**
 * A department, corporate aim or scrutiny committee as the report names it.
 *
 * @param id its id in the register
 * @param name its name
 */
public record ReportUnit(long id, String name) {

  public ReportUnit {
    Objects.requireNonNull(name, "name");
  }

  /** A name for addresses: {@code policy-and-resources}. */
  public String slug() {
    String slug =
        name.toLowerCase(java.util.Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("['\u2019]", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+)|(-+$)", "");
    return slug.isEmpty() ? Long.toString(id) : slug;
  }
}
