package org.barometer.app.register;

import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.indicator.Measure;
import org.barometer.core.status.Rag;
import org.barometer.core.status.Status;
import org.barometer.core.target.TargetForPeriod;

/**
 * An indicator with its assessment for a month, and the words and colours the pages show for it.
 *
 * @param indicator the indicator's current definition
 * @param assessment its judgement for the month
 */
public record Judged(IndicatorVersion indicator, Assessment assessment) {

  public String code() {
    return indicator.definition().code();
  }

  public String name() {
    return indicator.definition().name();
  }

  /** {@code GREEN}, {@code AMBER}, {@code RED} or {@code NONE}, for filters. */
  public String statusKey() {
    return assessment.status().rag().map(Rag::name).orElse("NONE");
  }

  /** The status's words, never colour alone: {@code Green}, {@code No status}. */
  public String statusLabel() {
    String label = assessment.status().rag().map(Rag::label).orElse("No status");
    return assessment.status() instanceof Status.Overridden ? label + " (overridden)" : label;
  }

  /** The status computed from the figure and its target when it was overridden, else empty. */
  public Optional<Status> computed() {
    return assessment.status() instanceof Status.Overridden o
        ? Optional.of(o.computed())
        : Optional.empty();
  }

  /**
   * The computed status of an overridden one as {@link #statusKey}, or null when not overridden.
   */
  public String computedStatusKey() {
    return computed().map(s -> s.rag().map(Rag::name).orElse("NONE")).orElse(null);
  }

  /**
   * The computed status of an overridden one in words ({@code Red}), or empty when not overridden.
   */
  public String computedStatusLabel() {
    return computed().map(s -> s.rag().map(Rag::label).orElse("No status")).orElse("");
  }

  /** Why the computed status of an overridden one is what it is, or null when not overridden. */
  public String computedStatusReason() {
    return computed().map(Status::reason).orElse(null);
  }

  /** The GOV.UK tag class for the status. */
  public String statusTag() {
    return switch (statusKey()) {
      case "GREEN" -> "govuk-tag--green";
      case "AMBER" -> "govuk-tag--yellow";
      case "RED" -> "govuk-tag--red";
      default -> "govuk-tag--grey";
    };
  }

  /** The reported figure as shown, or a dash. */
  public String figure() {
    Measure measure = indicator.definition().measure();
    return assessment.figure().flatMap(f -> f.value()).map(measure::show).orElse("–");
  }

  /** The figure's own period, saying when it lags the report month. */
  public String period() {
    return assessment
        .figure()
        .map(f -> f.periodShownIn(assessment.reportMonth()))
        .orElse("No figure yet");
  }

  /** The target for the figure's period as shown. */
  public String target() {
    Measure measure = indicator.definition().measure();
    TargetForPeriod target = assessment.target();
    if (target instanceof TargetForPeriod.Point point) {
      return measure.show(point.value());
    }
    if (target instanceof TargetForPeriod.Band band) {
      return measure.show(band.low()) + " to " + measure.show(band.high());
    }
    if (target instanceof TargetForPeriod.Tbc) {
      return "TBC";
    }
    return assessment.targetVersion().isEmpty() && !indicator.definition().contextual()
        ? "Not set"
        : "None";
  }

  /** The headline direction of travel in words. */
  public String direction() {
    return assessment.direction().direction().label();
  }

  /** The computed year-end forecast as shown. */
  public String forecast() {
    Measure measure = indicator.definition().measure();
    return assessment.forecast().value().map(measure::show).orElse("–");
  }
}
