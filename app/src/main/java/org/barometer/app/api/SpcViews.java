package org.barometer.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.barometer.core.statistics.AssuranceIcon;
import org.barometer.core.statistics.Segment;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcRule;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpecialCause;
import org.barometer.core.statistics.VariationIcon;

/**
 * The shapes of {@code POST /api/v1/spc}, named as in spc.md section 7 and spc-cases.json
 * (snake_case, unlike the rest of the API, so that a worked case can be sent as it is written).
 */
final class SpcViews {

  private SpcViews() {}

  /** The request, for the OpenAPI document; the body is read field by field. */
  @Schema(name = "SpcRequest")
  record SpcRequestView(
      @Schema(
              description =
                  "The series, oldest first; null for a missing month (a gap). 1 to 10,000 points,"
                      + " at most 18 decimals each")
          List<BigDecimal> values,
      @Schema(allowableValues = {"higher_is_better", "lower_is_better", "neither"}) String polarity,
      @Schema(description = "A target for the assurance icon, or null", nullable = true)
          BigDecimal target,
      @JsonProperty("target_range")
          @Schema(description = "A target range (Goldilocks), instead of target; or null")
          TargetRangeView targetRange,
      @Schema(
              description =
                  "Every key optional: profile (mdc unless given) sets the defaults, a key given"
                      + " overrides its one setting")
          SettingsView settings) {}

  record TargetRangeView(BigDecimal low, BigDecimal high) {}

  /** Every setting, keyed as in spc.md section 7. */
  record SettingsView(
      @Schema(allowableValues = {"mdc", "ptd"}) String profile,
      @JsonProperty("shift_points") Integer shiftPoints,
      @JsonProperty("trend_points") Integer trendPoints,
      @JsonProperty("two_sigma_counts_points_beyond_limits")
          Boolean twoSigmaCountsPointsBeyondLimits,
      @JsonProperty("screen_moving_range_outliers") Boolean screenMovingRangeOutliers,
      @JsonProperty("minimum_points") @Schema(nullable = true) Integer minimumPoints,
      @JsonProperty("multi_point_rules_cross_recalculations")
          Boolean multiPointRulesCrossRecalculations,
      @Schema(allowableValues = {"improvement_wins", "precedence_outside_trend_twointhree_shift"})
          String conflict,
      @JsonProperty("recalculate_at") List<Integer> recalculateAt,
      @JsonProperty("baseline_points") @Schema(nullable = true) Integer baselinePoints,
      @JsonProperty("fix_after_n_points") @Schema(nullable = true) Integer fixAfterNPoints) {

    static SettingsView of(SpcSettings s) {
      return new SettingsView(
          s.profile().key(),
          s.shiftPoints(),
          s.trendPoints(),
          s.twoSigmaCountsPointsBeyondLimits(),
          s.screenMovingRangeOutliers(),
          s.minimumPoints(),
          s.multiPointRulesCrossRecalculations(),
          s.conflict().key(),
          s.recalculateAt(),
          s.baselinePoints(),
          s.fixAfterNPoints());
    }
  }

  /**
   * One period between recalculations. {@code points} counts its values, {@code limit_points} those
   * its mean and limits come from (fewer with a baseline or fixed limits); the limits and two-sigma
   * lines are null when not shown.
   */
  record SegmentView(
      @JsonProperty("first_index") int firstIndex,
      @JsonProperty("last_index") int lastIndex,
      int points,
      @JsonProperty("limit_points") int limitPoints,
      @JsonProperty("screened_out") int screenedOut,
      @JsonProperty("limits_shown") boolean limitsShown,
      BigDecimal mean,
      BigDecimal lcl,
      BigDecimal ucl,
      @JsonProperty("lower_two_sigma") BigDecimal lowerTwoSigma,
      @JsonProperty("upper_two_sigma") BigDecimal upperTwoSigma) {

    static SegmentView of(Segment s) {
      return new SegmentView(
          s.firstIndex(),
          s.lastIndex(),
          s.points(),
          s.limitPoints(),
          s.screenedOut(),
          s.limitsShown(),
          plain(s.mean()),
          plain(s.lowerLimit()),
          plain(s.upperLimit()),
          plain(s.lowerTwoSigma()),
          plain(s.upperTwoSigma()));
    }
  }

  /**
   * The analysis. {@code mean}, {@code lcl} and {@code ucl} are the latest period's; {@code
   * special_cause} and {@code signals} have one entry a point, null for a gap.
   */
  record SpcView(
      BigDecimal mean,
      @Schema(nullable = true) BigDecimal lcl,
      @Schema(nullable = true) BigDecimal ucl,
      List<SegmentView> segments,
      @JsonProperty("special_cause")
          @Schema(description = "improvement, concern, neither or none; null for a gap")
          List<String> specialCause,
      @Schema(
              description =
                  "The rules that flag each point, such as shift_high or outside_limits_low:"
                      + " outside_limits, trend, two_of_three, shift, each _high or _low")
          List<List<String>> signals,
      @JsonProperty("variation_icon") @Schema(nullable = true) String variationIcon,
      @JsonProperty("assurance_icon") @Schema(nullable = true) String assuranceIcon,
      SettingsView settings,
      List<String> notes) {

    static SpcView of(SpcResult result) {
      Segment latest = result.latest();
      List<String> causes = new ArrayList<>();
      List<List<String>> signals = new ArrayList<>();
      for (int i = 0; i < result.series().size(); i++) {
        boolean present = result.series().isPresent(i);
        causes.add(present ? result.specialCause(i).key() : null);
        signals.add(present ? signals(result, i) : null);
      }
      return new SpcView(
          plain(latest.mean()),
          plain(latest.lowerLimit()),
          plain(latest.upperLimit()),
          result.segments().stream().map(SegmentView::of).toList(),
          causes,
          signals,
          result.variationIcon().map(VariationIcon::key).orElse(null),
          result.assuranceIcon().map(AssuranceIcon::key).orElse(null),
          SettingsView.of(result.settings()),
          org.barometer.core.statistics.SpcReading.of(result).notes());
    }

    private static List<String> signals(SpcResult result, int index) {
      if (result.specialCause(index) == SpecialCause.NONE) {
        return List.of();
      }
      List<String> names = new ArrayList<>(2);
      for (SpcRule rule : result.rules(index)) {
        String name = rule.name().toLowerCase(java.util.Locale.ROOT);
        if (result.flags(index, rule, 1)) {
          names.add(name + "_high");
        }
        if (result.flags(index, rule, -1)) {
          names.add(name + "_low");
        }
      }
      return names;
    }
  }

  /** A decimal as plain JSON (never 1E+2), or null. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
