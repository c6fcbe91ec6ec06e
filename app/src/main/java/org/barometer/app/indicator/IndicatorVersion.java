package org.barometer.app.indicator;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.period.MonthRange;
import org.barometer.core.period.Period;

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

  /**
   * The indicator's period that ends in the month written as {@code 2016-12}; empty when the text
   * is not a month, or the month does not end a period of the indicator's frequency.
   */
  public Optional<Period> periodEnding(String month) {
    return MonthRange.parse(month)
        .flatMap(
            end -> {
              Period period = definition.measure().frequency().periodContaining(end);
              return period.lastMonth().equals(end) ? Optional.of(period) : Optional.empty();
            });
  }
}
