package org.barometer.app.indicator;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored version of an indicator's definition, with who changed it, when and why.
 *
 * @param indicatorId the indicator
 * @param version 1 for the first definition, then one more for each change
 * @param definition the definition
 * @param changedBy who
 * @param changedAt when
 * @param changeReason why
 */
public record IndicatorVersion(
    long indicatorId,
    int version,
    IndicatorDefinition definition,
    String changedBy,
    Instant changedAt,
    String changeReason) {

  public IndicatorVersion {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
