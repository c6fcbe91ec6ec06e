package org.barometer.app.statistics;

/**
 * The SPC calculator's form, as typed. A blank setting keeps the chosen profile's default.
 *
 * @param values the series pasted, one value per line, optionally a label, a tab and the value
 * @param polarity {@code higher_is_better}, {@code lower_is_better} or {@code neither}
 * @param target a single target, or blank
 * @param targetLow the low end of a target range, or blank
 * @param targetHigh the high end of a target range, or blank
 * @param profile {@code mdc} or {@code ptd}
 * @param shiftPoints run length on one side of the mean, or blank
 * @param trendPoints run length of rises or falls, or blank
 * @param minimumPoints points before limits are shown, {@code none} to always calculate, or blank
 * @param twoSigmaCountsPointsBeyondLimits {@code true}, {@code false} or blank
 * @param screenMovingRangeOutliers {@code true}, {@code false} or blank
 * @param multiPointRulesCrossRecalculations {@code true}, {@code false} or blank
 * @param conflict a conflict rule's key, or blank
 * @param recalculateAt point numbers (1 for the first) where new limits start, comma separated
 * @param baselinePoints limits of the first period from its first points only, or blank
 * @param fixAfterNPoints limits of every period from its first points only, or blank
 */
public record CalculatorForm(
    String values,
    String polarity,
    String target,
    String targetLow,
    String targetHigh,
    String profile,
    String shiftPoints,
    String trendPoints,
    String minimumPoints,
    String twoSigmaCountsPointsBeyondLimits,
    String screenMovingRangeOutliers,
    String multiPointRulesCrossRecalculations,
    String conflict,
    String recalculateAt,
    String baselinePoints,
    String fixAfterNPoints) {

  public CalculatorForm {
    values = values == null ? "" : values;
    polarity = clean(polarity);
    target = clean(target);
    targetLow = clean(targetLow);
    targetHigh = clean(targetHigh);
    profile = clean(profile);
    shiftPoints = clean(shiftPoints);
    trendPoints = clean(trendPoints);
    minimumPoints = clean(minimumPoints);
    twoSigmaCountsPointsBeyondLimits = clean(twoSigmaCountsPointsBeyondLimits);
    screenMovingRangeOutliers = clean(screenMovingRangeOutliers);
    multiPointRulesCrossRecalculations = clean(multiPointRulesCrossRecalculations);
    conflict = clean(conflict);
    recalculateAt = clean(recalculateAt);
    baselinePoints = clean(baselinePoints);
    fixAfterNPoints = clean(fixAfterNPoints);
  }

  /** An empty form: higher is better, the Making Data Count profile. */
  static CalculatorForm blank() {
    return new CalculatorForm(
        "", "higher_is_better", "", "", "", "mdc", "", "", "", "", "", "", "", "", "", "");
  }

  /** This form with the values replaced, as after reading an uploaded file. */
  CalculatorForm withValues(String text) {
    return new CalculatorForm(
        text,
        polarity,
        target,
        targetLow,
        targetHigh,
        profile,
        shiftPoints,
        trendPoints,
        minimumPoints,
        twoSigmaCountsPointsBeyondLimits,
        screenMovingRangeOutliers,
        multiPointRulesCrossRecalculations,
        conflict,
        recalculateAt,
        baselinePoints,
        fixAfterNPoints);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
