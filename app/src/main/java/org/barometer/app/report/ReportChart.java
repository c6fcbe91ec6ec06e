package org.barometer.app.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.barometer.core.statistics.ConflictRule;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSettings;

/**
 * How an indicator's XmR chart is drawn from its history in a report: the organisation's SPC
 * settings when the report was built, with the indicator's own recalculations (as positions in the
 * report's history) and baseline. Kept with a published edition, so that its public chart is drawn
 * as it was, whatever the settings or the chart's definition became; a stored form of its own, in
 * names and numbers, so that editions stay readable when core's {@link SpcSettings} changes.
 *
 * @param profile the profile's key ({@code mdc}, {@code ptd})
 * @param conflict the conflict rule's name
 * @param recalculateAt positions in the history where the limits are recalculated
 */
public record ReportChart(
    String profile,
    int shiftPoints,
    int trendPoints,
    boolean twoSigmaCountsPointsBeyondLimits,
    boolean screenMovingRangeOutliers,
    Integer minimumPoints,
    boolean multiPointRulesCrossRecalculations,
    String conflict,
    List<Integer> recalculateAt,
    Integer baselinePoints,
    Integer fixAfterNPoints) {

  public ReportChart {
    recalculateAt = List.copyOf(recalculateAt);
  }

  /**
   * The chart for a history: the settings, with limits recalculated at the first point of each
   * month given that the history holds (other than its first) and the baseline given.
   */
  static ReportChart of(
      SpcSettings settings,
      List<ReportIndicator.HistoryPoint> history,
      List<YearMonth> recalculatedFrom,
      Integer baselinePoints) {
    List<Integer> positions = new ArrayList<>();
    for (YearMonth month : recalculatedFrom) {
      for (int i = 1; i < history.size(); i++) {
        if (history.get(i).lastMonth().equals(month)) {
          positions.add(i);
        }
      }
    }
    return new ReportChart(
        settings.profile().key(),
        settings.shiftPoints(),
        settings.trendPoints(),
        settings.twoSigmaCountsPointsBeyondLimits(),
        settings.screenMovingRangeOutliers(),
        settings.minimumPoints(),
        settings.multiPointRulesCrossRecalculations(),
        settings.conflict().name(),
        positions,
        baselinePoints,
        settings.fixAfterNPoints());
  }

  /** The settings to draw the chart with. */
  public SpcSettings settings() {
    return new SpcSettings(
        SpcProfile.ofKey(profile)
            .orElseThrow(() -> new IllegalStateException("No SPC profile " + profile)),
        shiftPoints,
        trendPoints,
        twoSigmaCountsPointsBeyondLimits,
        screenMovingRangeOutliers,
        minimumPoints,
        multiPointRulesCrossRecalculations,
        ConflictRule.valueOf(conflict),
        recalculateAt,
        baselinePoints,
        fixAfterNPoints);
  }
}
