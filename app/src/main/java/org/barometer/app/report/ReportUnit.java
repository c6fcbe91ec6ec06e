package org.barometer.app.report;

import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("(^-+)|(-+$)");

  /**
   * A name for addresses: {@code policy-and-resources}. The patterns are compiled once: a page of
   * the report works out its packs' keys, and so these slugs, several times on every request.
   */
  public String slug() {
    String slug = name.toLowerCase(java.util.Locale.ROOT).replace("&", " and ");
    slug = APOSTROPHES.matcher(slug).replaceAll("");
    slug = NOT_ALPHANUMERIC.matcher(slug).replaceAll("-");
    slug = EDGE_DASHES.matcher(slug).replaceAll("");
    return slug.isEmpty() ? Long.toString(id) : slug;
  }
}
