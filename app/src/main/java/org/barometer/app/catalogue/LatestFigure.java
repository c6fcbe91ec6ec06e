package org.barometer.app.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest figure printed for an indicator, entered as printed: {@code 91.66%} is the value
 * 91.66, never rebuilt from a numerator and a denominator.
 *
 * @param asPrinted the text as printed: {@code 5719 (against target of 5078) (Nov 16)}
 * @param value the figure; empty when none was printed ({@code N/A})
 * @param period the month it is for; empty with the value
 * @param periodTarget the target for that month when printed beside the figure
 */
public record LatestFigure(
    String asPrinted,
    Optional<BigDecimal> value,
    Optional<YearMonth> period,
    Optional<BigDecimal> periodTarget) {

  public LatestFigure {
    Objects.requireNonNull(asPrinted, "asPrinted");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(periodTarget, "periodTarget");
    if (value.isPresent() != period.isPresent()) {
      throw new IllegalArgumentException(
          "A latest figure has both a value and a period, or neither");
    }
  }
}
