package org.barometer.core.measurement;

import java.util.Objects;
import org.barometer.core.period.Period;

/**
 * A figure collected for one period.
 *
 * @param period the period the figure belongs to
 * @param figure the figure
 * @param approved whether the performance team has approved it; only approved figures are rated
 * @param definitionVersion the version of the indicator's definition it was collected under;
 *     figures under different definitions are not comparable
 */
public record Measurement(Period period, Figure figure, boolean approved, int definitionVersion) {

  public Measurement {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(figure, "figure");
    if (definitionVersion < 1) {
      throw new IllegalArgumentException("definitionVersion starts at 1");
    }
  }

  /** An approved figure under the first definition. */
  public static Measurement of(Period period, Figure figure) {
    return new Measurement(period, figure, true, 1);
  }
}
