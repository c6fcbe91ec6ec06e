package org.barometer.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every worked case of {@code spec/spc-cases.json} (copied unchanged into the test resources), read
 * from the file: settings, polarity and target in, mean, limits, segments, each point's special
 * cause and both icons out.
 */
class SpcCasesTest {

  private static final double TOLERANCE = 1e-6;

  static Stream<JsonNode> cases() throws IOException {
    try (InputStream in = SpcCasesTest.class.getResourceAsStream("/spc/spc-cases.json")) {
      JsonNode root = JsonMapper.builder().build().readTree(in);
      List<JsonNode> cases = new ArrayList<>();
      root.forEach(cases::add);
      assertThat(cases).hasSizeGreaterThanOrEqualTo(18);
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheWorkedCase(JsonNode testCase) {
    SpcResult result = analyse(testCase);
    JsonNode expected = testCase.get("expected");

    Segment latest = result.latest();
    assertNumber(latest.mean(), expected.get("mean"), "mean");
    assertNumber(latest.lowerLimit(), expected.get("lcl"), "lcl");
    assertNumber(latest.upperLimit(), expected.get("ucl"), "ucl");
    List<String> causes = result.specialCauses().stream().map(SpecialCause::key).toList();
    List<String> expectedCauses = new ArrayList<>();
    expected.get("special_cause").forEach(cause -> expectedCauses.add(cause.asString()));
    assertThat(causes).as("special_cause").isEqualTo(expectedCauses);
    assertThat(result.variationIcon().map(VariationIcon::key).orElse(null))
        .as("variation_icon")
        .isEqualTo(textOrNull(expected.get("variation_icon")));
    assertThat(result.assuranceIcon().map(AssuranceIcon::key).orElse(null))
        .as("assurance_icon")
        .isEqualTo(textOrNull(expected.get("assurance_icon")));
    if (expected.has("segments")) {
      JsonNode segments = expected.get("segments");
      assertThat(result.segments()).hasSize(segments.size());
      for (int i = 0; i < segments.size(); i++) {
        JsonNode segment = segments.get(i);
        Segment actual = result.segments().get(i);
        assertThat(actual.firstIndex()).isEqualTo(segment.get("first_index").asInt());
        assertThat(actual.lastIndex()).isEqualTo(segment.get("last_index").asInt());
        assertNumber(actual.mean(), segment.get("mean"), "segments[" + i + "].mean");
        assertNumber(actual.lowerLimit(), segment.get("lcl"), "segments[" + i + "].lcl");
        assertNumber(actual.upperLimit(), segment.get("ucl"), "segments[" + i + "].ucl");
      }
    }
  }

  static SpcResult analyse(JsonNode testCase) {
    List<BigDecimal> values = new ArrayList<>();
    testCase.get("values").forEach(v -> values.add(v.isNull() ? null : v.decimalValue()));
    SpcPolarity polarity = SpcPolarity.ofKey(testCase.get("polarity").asString()).orElseThrow();
    SpcTarget target = SpcTarget.none();
    if (testCase.hasNonNull("target")) {
      target = SpcTarget.of(testCase.get("target").decimalValue());
    } else if (testCase.hasNonNull("target_range")) {
      JsonNode range = testCase.get("target_range");
      target = SpcTarget.range(range.get("low").decimalValue(), range.get("high").decimalValue());
    }
    return Spc.analyse(SpcSeries.of(values), polarity, target, settings(testCase.get("settings")));
  }

  static SpcSettings settings(JsonNode json) {
    List<Integer> recalculateAt = new ArrayList<>();
    json.get("recalculate_at").forEach(index -> recalculateAt.add(index.asInt()));
    return SpcSettings.of(SpcProfile.ofKey(json.get("profile").asString()).orElseThrow())
        .withShiftPoints(json.get("shift_points").asInt())
        .withTrendPoints(json.get("trend_points").asInt())
        .withTwoSigmaCountsPointsBeyondLimits(
            json.get("two_sigma_counts_points_beyond_limits").asBoolean())
        .withScreenMovingRangeOutliers(json.get("screen_moving_range_outliers").asBoolean())
        .withMinimumPoints(intOrNull(json.get("minimum_points")))
        .withMultiPointRulesCrossRecalculations(
            json.get("multi_point_rules_cross_recalculations").asBoolean())
        .withConflict(ConflictRule.ofKey(json.get("conflict").asString()).orElseThrow())
        .withRecalculateAt(recalculateAt)
        .withBaselinePoints(intOrNull(json.get("baseline_points")))
        .withFixAfterNPoints(intOrNull(json.get("fix_after_n_points")));
  }

  private static Integer intOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asInt();
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }

  private static void assertNumber(BigDecimal actual, JsonNode expected, String name) {
    if (expected == null || expected.isNull()) {
      assertThat(actual).as(name).isNull();
    } else {
      assertThat(actual).as(name).isNotNull();
      assertThat(actual.doubleValue()).as(name).isCloseTo(expected.asDouble(), within(TOLERANCE));
    }
  }
}
