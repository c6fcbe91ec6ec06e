package org.barometer.app.organisation;

import java.util.List;
import java.util.Optional;

/**
 * A named part of the organisation structure, as shown in lists and filters.
 *
 * @param id its id
 * @param kind {@code department}, {@code service}, {@code committee}, {@code aim} or {@code
 *     priority}
 * @param name its name
 * @param parentId the department of a service, the aim of a priority, the department a committee
 *     scrutinises
 * @param printedAs how its source printed it, one or more labels
 */
public record OrganisationUnit(
    long id, String kind, String name, Optional<Long> parentId, List<String> printedAs) {

  public OrganisationUnit {
    printedAs = List.copyOf(printedAs);
  }
}
