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
import org.barometer.core.status.Status;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team overrides an indicator's computed status for one period, or withdraws an
 * override; a reason is required either way, and both the override and the computed status are
 * kept, in the audit trail too. An override needs an approved figure for the period: there is no
 * computed status to set it beside otherwise.
 */
@Service
public class OverrideStatus {

  private final StatusOverrides overrides;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;
  private final ComputedStatuses computed;

  OverrideStatus(
      StatusOverrides overrides,
      Access access,
      AuditTrail audit,
      Clock clock,
      ComputedStatuses computed) {
    this.overrides = overrides;
    this.computed = computed;
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
    Optional<Status> computedStatus = computed.of(indicator, period);
    if (rag.isPresent() && computedStatus.isEmpty()) {
      errors.put(
          "month",
          period.label()
              + " has no approved figure: a status is set by hand only for a period with one");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    Instant now = clock.instant();
    String before =
        overrides
            .inForce(indicator.indicatorId(), period)
            .map(o -> o.colour().name())
            .orElse("COMPUTED");
    overrides.set(indicator.indicatorId(), period, rag, why, user, now);
    audit.record(
        new AuditEvent(
            now,
            user,
            rag.isPresent() ? "status.overridden" : "status.override-withdrawn",
            "indicator",
            indicator.definition().code(),
            AuditJson.of(Map.of("period", period.label(), "status", before)),
            AuditJson.of(after(period, rag, computedStatus)),
            why));
    return Map.of();
  }

  /** The audit event's new value: the status set, with the computed status and its reason. */
  private static Map<String, String> after(
      Period period, Optional<Rag> rag, Optional<Status> computedStatus) {
    Map<String, String> after = new LinkedHashMap<>();
    after.put("period", period.label());
    after.put("status", rag.map(Rag::name).orElse("COMPUTED"));
    computedStatus.ifPresent(
        c -> {
          after.put("computed", c.rag().map(Rag::name).orElse("NONE"));
          after.put("computedReason", c.reason());
        });
    return after;
  }
}
