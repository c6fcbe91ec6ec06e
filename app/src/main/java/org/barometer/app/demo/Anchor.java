package org.barometer.app.demo;

import java.math.BigDecimal;
import java.util.Objects;
import org.barometer.core.period.MonthPeriod;

/**
 * A real figure the synthetic history must reproduce exactly: the reported figure (after
 * aggregation) for its period, as printed.
 */
public record Anchor(MonthPeriod period, BigDecimal value) {

  public Anchor {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
  }
}
