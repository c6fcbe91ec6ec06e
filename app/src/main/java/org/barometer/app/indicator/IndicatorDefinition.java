package org.barometer.app.indicator;

import java.util.Objects;
import java.util.Optional;
import org.barometer.core.indicator.Measure;
import org.barometer.core.status.Tolerance;

/**
 * One version of an indicator's definition.
 *
 * @param code the indicator's reference, such as {@code 12}
 * @param name its short name
 * @param nameAsPrinted its name as printed in the source it came from, if any
 * @param definition what it counts, in full
 * @param measure how it is measured
 * @param aggregationLabel the aggregation label as printed, if any
 * @param placement its department, service, committee and aim
 * @param ownerUserId the person who owns it, if assigned
 * @param contextual whether it is monitored for trend only, without a status
 * @param tolerance its own tolerance, overriding the organisation's
 * @param newToReport whether it is new to the Monthly Performance Report
 * @param comments comments shown with it
 * @param notes what was noticed in reading its source
 */
public record IndicatorDefinition(
    String code,
    String name,
    String nameAsPrinted,
    String definition,
    Measure measure,
    String aggregationLabel,
    Placement placement,
    Optional<Long> ownerUserId,
    boolean contextual,
    Optional<Tolerance> tolerance,
    boolean newToReport,
    String comments,
    String notes) {

  public IndicatorDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(placement, "placement");
    nameAsPrinted = Objects.requireNonNullElse(nameAsPrinted, "");
    definition = Objects.requireNonNullElse(definition, "");
    aggregationLabel = Objects.requireNonNullElse(aggregationLabel, "");
    comments = Objects.requireNonNullElse(comments, "");
    notes = Objects.requireNonNullElse(notes, "");
  }

  /** The same definition with another owner, or none. */
  public IndicatorDefinition withOwner(Optional<Long> owner) {
    return new IndicatorDefinition(
        code,
        name,
        nameAsPrinted,
        definition,
        measure,
        aggregationLabel,
        placement,
        owner,
        contextual,
        tolerance,
        newToReport,
        comments,
        notes);
  }
}
