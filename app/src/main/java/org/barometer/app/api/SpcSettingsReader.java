package org.barometer.app.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.barometer.core.statistics.ConflictRule;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSettings;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code settings} of an SPC request, keyed as in spc.md section 7: the profile gives
 * every default, and each key given overrides its one setting.
 */
final class SpcSettingsReader {

  static final Set<String> KEYS =
      new LinkedHashSet<>(
          List.of(
              "profile",
              "shift_points",
              "trend_points",
              "two_sigma_counts_points_beyond_limits",
              "screen_moving_range_outliers",
              "minimum_points",
              "multi_point_rules_cross_recalculations",
              "conflict",
              "recalculate_at",
              "baseline_points",
              "fix_after_n_points"));

  private static final List<String> PROFILES =
      Arrays.stream(SpcProfile.values()).map(SpcProfile::key).toList();

  private static final List<String> CONFLICTS =
      Arrays.stream(ConflictRule.values()).map(ConflictRule::key).toList();

  private final JsonFields fields;
  private JsonNode json;
  private SpcSettings settings;

  private SpcSettingsReader(JsonFields fields) {
    this.fields = fields;
  }

  /**
   * The settings asked for, the profile's defaults where a key is left out; null when any key is
   * wrong, each named in {@code fields}.
   */
  static SpcSettings read(JsonNode json, JsonFields fields) {
    if (json == null || json.isNull()) {
      return SpcSettings.mdc();
    }
    if (!json.isObject()) {
      fields.refuse("settings", "must be an object, not " + JsonFields.describe(json));
      return null;
    }
    return new SpcSettingsReader(fields).of(json);
  }

  private SpcSettings of(JsonNode object) {
    this.json = object;
    int errorsBefore = fields.errorCount();
    fields.refuseUnknown(object, "settings.", KEYS);
    SpcProfile profile = SpcProfile.MDC;
    if (object.has("profile")) {
      String key = fields.name(object.get("profile"), "settings.profile", PROFILES);
      profile = key == null ? SpcProfile.MDC : SpcProfile.ofKey(key).orElseThrow();
    }
    settings = SpcSettings.of(profile);
    runLengths();
    switches();
    limitPoints();
    if (json.has("conflict")) {
      String key = fields.name(json.get("conflict"), "settings.conflict", CONFLICTS);
      if (key != null) {
        settings = settings.withConflict(ConflictRule.ofKey(key).orElseThrow());
      }
    }
    if (json.has("recalculate_at")) {
      List<Integer> indices = recalculateAt(json.get("recalculate_at"));
      if (indices != null) {
        settings = settings.withRecalculateAt(indices);
      }
    }
    return fields.errorCount() > errorsBefore ? null : settings;
  }

  private void runLengths() {
    Integer shift = whole("shift_points", false);
    if (shift != null) {
      settings = settings.withShiftPoints(shift);
    }
    Integer trend = whole("trend_points", false);
    if (trend != null) {
      settings = settings.withTrendPoints(trend);
    }
  }

  private void switches() {
    Boolean counts = bool("two_sigma_counts_points_beyond_limits");
    if (counts != null) {
      settings = settings.withTwoSigmaCountsPointsBeyondLimits(counts);
    }
    Boolean screen = bool("screen_moving_range_outliers");
    if (screen != null) {
      settings = settings.withScreenMovingRangeOutliers(screen);
    }
    Boolean cross = bool("multi_point_rules_cross_recalculations");
    if (cross != null) {
      settings = settings.withMultiPointRulesCrossRecalculations(cross);
    }
  }

  /** The three settings that may be null: given as null, they are set to null (none). */
  private void limitPoints() {
    if (json.has("minimum_points")) {
      settings = settings.withMinimumPoints(whole("minimum_points", true));
    }
    if (json.has("baseline_points")) {
      settings = settings.withBaselinePoints(whole("baseline_points", true));
    }
    if (json.has("fix_after_n_points")) {
      settings = settings.withFixAfterNPoints(whole("fix_after_n_points", true));
    }
  }

  private Integer whole(String key, boolean nullable) {
    if (!json.has(key)) {
      return null;
    }
    String field = "settings." + key;
    return nullable
        ? fields.wholeNumberOrNull(json.get(key), field)
        : fields.wholeNumber(json.get(key), field);
  }

  private Boolean bool(String key) {
    return json.has(key) ? fields.bool(json.get(key), "settings." + key) : null;
  }

  private List<Integer> recalculateAt(JsonNode node) {
    if (node.isNull()) {
      return List.of();
    }
    List<JsonNode> items =
        fields.list(node, "settings.recalculate_at", "a list of point indices (0-based)");
    if (items == null) {
      return null;
    }
    List<Integer> indices = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      indices.add(fields.wholeNumber(items.get(i), "settings.recalculate_at[" + i + "]"));
    }
    return indices.contains(null) ? null : indices;
  }
}
