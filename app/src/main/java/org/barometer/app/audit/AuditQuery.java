package org.barometer.app.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which events of the audit trail to read; an empty part matches every event.
 *
 * @param actor who made the change
 * @param indicator the code of the indicator changed
 * @param from the first instant
 * @param before the instant after the last
 */
public record AuditQuery(
    Optional<String> actor,
    Optional<String> indicator,
    Optional<Instant> from,
    Optional<Instant> before) {

  public static AuditQuery everything() {
    return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
