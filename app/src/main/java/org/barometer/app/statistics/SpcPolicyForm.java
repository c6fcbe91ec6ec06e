package org.barometer.app.statistics;

/**
 * The organisation's SPC settings as typed into their form.
 *
 * @param profile {@code mdc} or {@code ptd}
 * @param shiftPoints run length on one side of the mean
 * @param trendPoints run length of rises or falls
 * @param minimumPoints points before limits are shown; blank to always calculate
 * @param twoSigmaCountsPointsBeyondLimits {@code true} when ticked
 * @param screenMovingRangeOutliers {@code true} when ticked
 * @param multiPointRulesCrossRecalculations {@code true} when ticked
 * @param conflict {@code improvement_wins} or the ptd order of precedence
 * @param reason why the settings change
 */
public record SpcPolicyForm(
    String profile,
    String shiftPoints,
    String trendPoints,
    String minimumPoints,
    String twoSigmaCountsPointsBeyondLimits,
    String screenMovingRangeOutliers,
    String multiPointRulesCrossRecalculations,
    String conflict,
    String reason) {

  public SpcPolicyForm {
    profile = clean(profile);
    shiftPoints = clean(shiftPoints);
    trendPoints = clean(trendPoints);
    minimumPoints = clean(minimumPoints);
    twoSigmaCountsPointsBeyondLimits = clean(twoSigmaCountsPointsBeyondLimits);
    screenMovingRangeOutliers = clean(screenMovingRangeOutliers);
    multiPointRulesCrossRecalculations = clean(multiPointRulesCrossRecalculations);
    conflict = clean(conflict);
    reason = clean(reason);
  }

  static SpcPolicyForm of(org.barometer.core.statistics.SpcSettings settings) {
    return new SpcPolicyForm(
        settings.profile().key(),
        Integer.toString(settings.shiftPoints()),
        Integer.toString(settings.trendPoints()),
        settings.minimumPoints() == null ? "" : Integer.toString(settings.minimumPoints()),
        Boolean.toString(settings.twoSigmaCountsPointsBeyondLimits()),
        Boolean.toString(settings.screenMovingRangeOutliers()),
        Boolean.toString(settings.multiPointRulesCrossRecalculations()),
        settings.conflict().key(),
        "");
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
