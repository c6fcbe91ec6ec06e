package org.barometer.app.collection;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The performance team approves a submitted figure, or returns it to its owner with a reason. */
@Service
public class DecideFigure {

  private final Measurements measurements;
  private final Indicators indicators;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  DecideFigure(
      Measurements measurements,
      Indicators indicators,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.measurements = measurements;
    this.indicators = indicators;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Approves the figure; it then feeds status. Returns an error, or empty when done. */
  @Transactional
  public Map<String, String> approve(long figureId, int version, String user) {
    requireApprover(user);
    return decide(figureId, version, FigureState.APPROVED, "", user);
  }

  /** Returns the figure to its owner; the reason is required. */
  @Transactional
  public Map<String, String> giveBack(long figureId, int version, String reason, String user) {
    requireApprover(user);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      return Map.of("reason", "Say why the figure is returned, so its owner can put it right");
    }
    if (why.length() > FigureFields.LONGEST_CORRECTION) {
      return Map.of(
          "reason",
          String.format(
              "The reason must be %,d characters or fewer: it has %,d",
              FigureFields.LONGEST_CORRECTION, why.length()));
    }
    return decide(figureId, version, FigureState.RETURNED, why, user);
  }

  /** Asked first, so that nobody else learns what a decision would have been refused for. */
  private void requireApprover(String user) {
    if (!access.mayApprove(user)) {
      throw new AccessDeniedException(user + " may not approve figures");
    }
  }

  private Map<String, String> decide(
      long figureId, int version, FigureState decision, String reason, String user) {
    StoredFigure figure =
        measurements
            .byId(figureId)
            .orElseThrow(() -> new IllegalArgumentException("No figure " + figureId));
    if (decision == FigureState.APPROVED) {
      Optional<String> early = PeriodEnded.refusal(figure.period(), clock, "approved");
      if (early.isPresent()) {
        return Map.of("month", early.get());
      }
    }
    Instant now = clock.instant();
    if (!measurements.decide(figureId, version, decision, reason, user, now)) {
      return Map.of(
          "version",
          "This figure changed since the queue was shown, or is no longer waiting: look again");
    }
    String code = indicators.current(figure.indicatorId()).orElseThrow().definition().code();
    audit.record(
        new AuditEvent(
            now,
            user,
            decision == FigureState.APPROVED ? "figure.approved" : "figure.returned",
            "indicator",
            code,
            AuditJson.of(Map.of("period", figure.period().label(), "state", figure.state().name())),
            AuditJson.of(Map.of("period", figure.period().label(), "state", decision.name())),
            reason.isEmpty() ? null : reason));
    return Map.of();
  }
}
