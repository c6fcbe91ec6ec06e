package org.barometer.app.statistics;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.barometer.core.statistics.ConflictRule;
import org.barometer.core.statistics.SpcProblem;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSettings;

/** Checks the SPC settings form, adding what is wrong, by field, to {@code errors}. */
final class SpcPolicyFields {

  private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

  private SpcPolicyFields() {}

  static Optional<SpcSettings> read(SpcPolicyForm form, Map<String, String> errors) {
    Optional<SpcProfile> profile = SpcProfile.ofKey(form.profile());
    if (profile.isEmpty()) {
      errors.put("profile", "Choose the profile: Making Data Count or NHSRplotthedots");
    }
    Optional<ConflictRule> conflict = ConflictRule.ofKey(form.conflict());
    if (conflict.isEmpty()) {
      errors.put(
          "conflict", "Choose what a point with both an improvement and a concern is called");
    }
    Integer shift = whole(form.shiftPoints(), "shiftPoints", "run on one side of the mean", errors);
    Integer trend = whole(form.trendPoints(), "trendPoints", "run of rises or falls", errors);
    Integer minimum = null;
    if (!form.minimumPoints().isEmpty()) {
      minimum = whole(form.minimumPoints(), "minimumPoints", "minimum number of points", errors);
    }
    if (form.reason().isEmpty()) {
      errors.put("reason", "Say why the settings change");
    } else if (form.reason().length() > 1000) {
      errors.put("reason", "The reason must be 1000 characters or fewer");
    }
    if (profile.isEmpty() || conflict.isEmpty()) {
      return Optional.empty();
    }
    SpcSettings defaults = SpcSettings.of(profile.get());
    SpcSettings settings =
        defaults
            .withShiftPoints(shift == null ? defaults.shiftPoints() : shift)
            .withTrendPoints(trend == null ? defaults.trendPoints() : trend)
            .withMinimumPoints(
                minimum == null && !form.minimumPoints().isEmpty()
                    ? defaults.minimumPoints()
                    : minimum)
            .withTwoSigmaCountsPointsBeyondLimits(ticked(form.twoSigmaCountsPointsBeyondLimits()))
            .withScreenMovingRangeOutliers(ticked(form.screenMovingRangeOutliers()))
            .withMultiPointRulesCrossRecalculations(
                ticked(form.multiPointRulesCrossRecalculations()))
            .withConflict(conflict.get());
    for (SpcProblem problem : settings.problems(Integer.MAX_VALUE)) {
      errors.putIfAbsent(field(problem.field()), sentence(problem));
    }
    return errors.isEmpty() ? Optional.of(settings) : Optional.empty();
  }

  private static Integer whole(
      String typed, String field, String what, Map<String, String> errors) {
    if (typed.isEmpty()) {
      errors.put(field, "Enter the " + what);
      return null;
    }
    if (!WHOLE.matcher(typed).matches()) {
      errors.put(field, "The " + what + " must be a whole number, like 6, not '" + typed + "'");
      return null;
    }
    return Integer.parseInt(typed);
  }

  private static boolean ticked(String value) {
    return "true".equals(value);
  }

  /** The form field for a setting named as in spc.md. */
  private static String field(String setting) {
    switch (setting) {
      case "settings.shift_points":
        return "shiftPoints";
      case "settings.trend_points":
        return "trendPoints";
      case "settings.minimum_points":
        return "minimumPoints";
      default:
        return "profile";
    }
  }

  private static String sentence(SpcProblem problem) {
    String name = problem.field().substring("settings.".length()).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + problem.message();
  }
}
