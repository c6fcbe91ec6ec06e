package org.barometer.app.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One version of how an indicator's XmR chart is drawn.
 *
 * @param version 1 for the first; 0 for the definition of an indicator that has none stored
 * @param baselinePoints limits of the first period from its first points only, or null
 * @param baselineReason why the baseline, or null without one
 * @param recalculations where new limits start, oldest first
 * @param changedBy who made this version
 * @param changedAt when
 * @param reason why
 */
public record ChartDefinition(
    int version,
    Integer baselinePoints,
    String baselineReason,
    List<Recalculation> recalculations,
    String changedBy,
    Instant changedAt,
    String reason) {

  public ChartDefinition {
    recalculations =
        recalculations.stream()
            .sorted(java.util.Comparator.comparing(Recalculation::starts))
            .toList();
  }

  /** The definition of an indicator nobody has changed: no recalculation, no baseline. */
  static ChartDefinition none() {
    return new ChartDefinition(0, null, null, List.of(), null, null, null);
  }

  /**
   * Limits recalculated from a month on.
   *
   * @param starts the first month of the new period
   * @param reason why the process changed there
   */
  public record Recalculation(YearMonth starts, String reason) {
    public Recalculation {
      Objects.requireNonNull(starts, "starts");
      Objects.requireNonNull(reason, "reason");
    }

    /** The first month as the charts label it: {@code Apr 2017}. */
    public String label() {
      return ChangeChartDefinition.label(starts);
    }
  }
}
