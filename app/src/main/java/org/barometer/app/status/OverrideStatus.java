package org.barometer.app.status;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.security.Access;
import org.barometer.core.period.Period;
import org.barometer.core.status.Rag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team overrides an indicator's computed status for one period, or withdraws an
 * override; a reason is required either way, and both the override and the computed status are
 * kept.
 */
@Service
public class OverrideStatus {

  private final StatusOverrides overrides;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  OverrideStatus(StatusOverrides overrides, Access access, AuditTrail audit, Clock clock) {
    this.overrides = overrides;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Sets the status for the period, or withdraws the override when {@code colour} is {@code
   * COMPUTED}. Returns the errors by field; empty when done.
   */
  @Transactional
  public Map<String, String> set(
      IndicatorVersion indicator, Period period, String colour, String reason, String user) {
    if (!access.mayApprove(user)) {
      throw new AccessDeniedException("Only the performance team overrides a status");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Rag> rag = Optional.empty();
    if (!"COMPUTED".equals(colour)) {
      try {
        rag = Optional.of(Rag.valueOf(colour == null ? "" : colour));
      } catch (IllegalArgumentException e) {
        errors.put("colour", "Choose green, amber or red, or the computed status");
      }
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 2000) {
      errors.put("reason", "Give the reason for the status, in up to 2,000 characters");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    Instant now = clock.instant();
    overrides.set(indicator.indicatorId(), period, rag, why, user, now);
    audit.record(
        new AuditEvent(
            now,
            user,
            rag.isPresent() ? "status.overridden" : "status.override-withdrawn",
            "indicator",
            indicator.definition().code(),
            null,
            AuditJson.of(
                Map.of("period", period.label(), "status", rag.map(Rag::name).orElse("COMPUTED"))),
            why));
    return Map.of();
  }
}
