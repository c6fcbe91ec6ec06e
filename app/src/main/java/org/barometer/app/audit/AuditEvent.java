package org.barometer.app.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change, as kept in the audit trail.
 *
 * @param at when it happened
 * @param actor who made it (a username, or {@code system})
 * @param action what was done, such as {@code user.created}
 * @param subjectType the kind of thing changed, such as {@code user}
 * @param subjectId which one
 * @param oldValue its value before, as JSON, or null when it is new
 * @param newValue its value after, as JSON, or null when it is gone
 * @param reason why, as the person gave it
 */
public record AuditEvent(
    Instant at,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String oldValue,
    String newValue,
    String reason) {

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
  }
}
