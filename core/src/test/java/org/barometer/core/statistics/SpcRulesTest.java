package org.barometer.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of spc.md and its boundaries, beyond the worked cases. Many tests fix the limits with a
 * baseline of 14 points alternating 0 and 300 (mean 150, every moving range 300, so the limits are
 * exactly 150 +/- 798 = -648 and 948 and the two-sigma lines 150 +/- 532 = -382 and 682), then
 * judge the points after it against those fixed lines.
 */
class SpcRulesTest {

  private static final SpcSettings MDC = SpcSettings.mdc();

  static List<BigDecimal> values(String... numbers) {
    List<BigDecimal> values = new ArrayList<>();
    for (String number : numbers) {
      values.add(number.equals("-") ? null : new BigDecimal(number));
    }
    return values;
  }

  static List<BigDecimal> ints(int... numbers) {
    return Arrays.stream(numbers).mapToObj(BigDecimal::valueOf).toList();
  }

  /** The index of the first point after the baseline and the spacer. */
  static final int FIRST = 15;

  static int at(int k) {
    return FIRST + k;
  }

  /**
   * The baseline of 14 points, a spacer exactly on its mean (so that no run or trend reaches from
   * the baseline into the points under test), then the given points.
   */
  static List<BigDecimal> afterBaseline(String... numbers) {
    List<BigDecimal> all = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      all.add(BigDecimal.valueOf(i % 2 == 0 ? 0 : 300));
    }
    all.add(BigDecimal.valueOf(150));
    all.addAll(values(numbers));
    return all;
  }

  static SpcResult baseline(SpcSettings settings, String... numbers) {
    return Spc.analyse(
        SpcSeries.of(afterBaseline(numbers)),
        SpcPolarity.HIGHER_IS_BETTER,
        SpcTarget.none(),
        settings.withBaselinePoints(14));
  }

  static SpcResult analyse(List<BigDecimal> values, SpcSettings settings) {
    return Spc.analyse(
        SpcSeries.of(values), SpcPolarity.HIGHER_IS_BETTER, SpcTarget.none(), settings);
  }

  @Nested
  class Limits {

    @Test
    void aBaselineFixesTheLimitsFromItsPointsForEveryLaterPoint() {
      SpcResult result = baseline(MDC, "50", "60", "40");
      Segment segment = result.latest();
      assertThat(segment.limitPoints()).isEqualTo(14);
      assertThat(segment.points()).isEqualTo(18);
      assertThat(segment.mean()).isEqualByComparingTo("150");
      assertThat(segment.upperLimit()).isEqualByComparingTo("948");
      assertThat(segment.lowerLimit()).isEqualByComparingTo("-648");
      assertThat(segment.upperTwoSigma()).isEqualByComparingTo("682");
      assertThat(segment.lowerTwoSigma()).isEqualByComparingTo("-382");
    }

    @ParameterizedTest(name = "{0} is outside: {1}")
    @CsvSource({
      "948, false",
      "948.000001, true",
      "-648, false",
      "-648.000001, true",
    })
    void aPointExactlyOnALimitIsNotOutsideIt(String value, boolean outside) {
      SpcResult result = baseline(MDC, value);
      assertThat(result.rules(at(0)).contains(SpcRule.OUTSIDE_LIMITS)).isEqualTo(outside);
    }

    @Test
    void theMeanAndMovingRangesAreExactSoThirteenTenthsAreNotAboveTheirMean() {
      List<BigDecimal> values = new ArrayList<>();
      for (int i = 0; i < 13; i++) {
        values.add(new BigDecimal("0.3"));
      }
      SpcResult result = analyse(values, MDC);
      assertThat(result.specialCauses()).containsOnly(SpecialCause.NONE);
      assertThat(result.latest().mean()).isEqualByComparingTo("0.3");
      assertThat(result.latest().upperLimit()).isEqualByComparingTo("0.3");
      assertThat(result.variationIcon()).contains(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void screeningLeavesOutMovingRangesNotBelow3267TimesTheirAverage() {
      // ranges 1 x 18 and one of 100: average 5.5, 3.267 x 5.5 = 17.97, so 100 is left out
      List<BigDecimal> values = new ArrayList<>();
      for (int i = 0; i < 19; i++) {
        values.add(BigDecimal.valueOf(i % 2));
      }
      values.add(BigDecimal.valueOf(101));
      SpcSettings screened = SpcSettings.of(SpcProfile.PTD);
      Segment segment = analyse(values, screened).latest();
      assertThat(segment.screenedOut()).isEqualTo(1);
      // mean unchanged by screening: (9 + 101) / 20 = 5.5; AMR of the 18 kept ranges of 1 = 1
      assertThat(segment.mean()).isEqualByComparingTo("5.5");
      assertThat(segment.upperLimit()).isEqualByComparingTo("8.16");
      Segment unscreened = analyse(values, screened.withScreenMovingRangeOutliers(false)).latest();
      assertThat(unscreened.screenedOut()).isZero();
      assertThat(unscreened.upperLimit()).isGreaterThan(segment.upperLimit());
    }

    @Test
    void screeningKeepsARangeJustBelowTheCutAndDropsOneExactlyOnIt() {
      // ranges: 1000 x 9 and r; AMR = (9000 + r) / 10; r is kept when r < 3.267 x AMR
      // r = 3267 x 9000 / (10000 - 3267) = 4366.99...: 4366 is kept, 4367 is not
      assertThat(screenedWith(4366)).isZero();
      assertThat(screenedWith(4367)).isEqualTo(1);
    }

    private int screenedWith(int lastRange) {
      List<BigDecimal> values = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        values.add(BigDecimal.valueOf(i % 2 == 0 ? 0 : 1000));
      }
      values.add(BigDecimal.valueOf(1000 + lastRange));
      return analyse(values, SpcSettings.of(SpcProfile.PTD)).latest().screenedOut();
    }

    @Test
    void aConstantSeriesHasItsLimitsOnTheMeanAndNoSignal() {
      SpcResult result = analyse(ints(7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7), MDC);
      assertThat(result.latest().lowerLimit()).isEqualByComparingTo("7");
      assertThat(result.latest().upperLimit()).isEqualByComparingTo("7");
      assertThat(result.specialCauses()).containsOnly(SpecialCause.NONE);
    }

    @Test
    void belowTheMinimumPointsOnlyTheMeanIsShown() {
      SpcResult twelve = analyse(ints(1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 99), MDC);
      assertThat(twelve.latest().limitsShown()).isFalse();
      assertThat(twelve.latest().mean()).isEqualByComparingTo("12.5");
      assertThat(twelve.latest().upperLimit()).isNull();
      assertThat(twelve.specialCauses()).containsOnly(SpecialCause.NONE);
      assertThat(twelve.variationIcon()).isEmpty();

      SpcResult thirteen = analyse(ints(1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 99), MDC);
      assertThat(thirteen.latest().limitsShown()).isTrue();
      assertThat(thirteen.specialCause(12)).isEqualTo(SpecialCause.IMPROVEMENT);
      assertThat(thirteen.variationIcon()).contains(VariationIcon.IMPROVEMENT_HIGH);
    }

    @Test
    void withoutAMinimumEvenTwoPointsGetLimits() {
      SpcResult result = analyse(ints(3, 5), SpcSettings.of(SpcProfile.PTD));
      assertThat(result.latest().limitsShown()).isTrue();
      assertThat(result.latest().upperLimit()).isEqualByComparingTo("9.32");
    }

    @Test
    void aGapBreaksTheMovingRanges() {
      // without the gap the range 0 -> 100 would count; with it only the ranges of 1 do
      List<BigDecimal> values = values("0", "1", "0", "1", "0", "1", "0", "-", "100", "101", "100");
      SpcResult result =
          analyse(values, SpcSettings.of(SpcProfile.PTD).withScreenMovingRangeOutliers(false));
      assertThat(result.hasGaps()).isTrue();
      assertThat(result.specialCause(7)).isEqualTo(SpecialCause.NONE);
      // 8 ranges of 1: AMR 1; mean 304/10 = 30.4; UCL 33.06
      assertThat(result.latest().upperLimit()).isEqualByComparingTo("33.06");
      assertThat(result.specialCause(8)).isEqualTo(SpecialCause.IMPROVEMENT);
    }

    @Test
    void eachPeriodHasItsOwnMeanAndLimitsAfterARecalculation() {
      List<BigDecimal> values =
          new ArrayList<>(ints(0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10));
      values.addAll(ints(100, 110, 100, 110, 100, 110, 100, 110, 100, 110, 100, 110, 100, 110));
      SpcResult result = analyse(values, MDC.withRecalculateAt(List.of(14)));
      assertThat(result.segments()).hasSize(2);
      assertThat(result.segments().get(0).mean()).isEqualByComparingTo("5");
      assertThat(result.segments().get(1).mean()).isEqualByComparingTo("105");
      assertThat(result.segments().get(1).upperLimit()).isEqualByComparingTo("131.6");
      assertThat(result.specialCauses()).containsOnly(SpecialCause.NONE);
      assertThat(analyse(values, MDC).specialCause(27)).isEqualTo(SpecialCause.IMPROVEMENT);
    }

    @Test
    void aFinalPeriodOfGapsOnlyGivesNoIconsBesideItsMissingLimits() {
      List<BigDecimal> values = new ArrayList<>(ints(0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10));
      values.addAll(ints(10, 10, 10, 10, 10, 10, 100));
      values.addAll(values("-", "-", "-"));
      SpcResult result =
          Spc.analyse(
              SpcSeries.of(values),
              SpcPolarity.HIGHER_IS_BETTER,
              SpcTarget.of(new BigDecimal("5")),
              MDC.withRecalculateAt(List.of(19)));
      assertThat(result.latest().points()).isZero();
      assertThat(result.latest().mean()).isNull();
      assertThat(result.variationIcon()).isEmpty();
      assertThat(result.assuranceIcon()).isEmpty();
      assertThat(SpcReading.of(result).variation())
          .startsWith("The latest period has no values yet");
      assertThat(SpcReading.of(result).notes())
          .contains(
              "In the period at indices 19 to 21, there are no values: no mean and no limits");
    }

    @Test
    void fixAfterNPointsFixesEachPeriodsLimitsFromItsFirstPoints() {
      List<BigDecimal> values = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        values.add(BigDecimal.valueOf(i % 2 == 0 ? 0 : 10));
      }
      values.addAll(ints(5, 5, 5, 5, 5, 5, 5, 5));
      SpcResult result = analyse(values, SpcSettings.of(SpcProfile.PTD).withFixAfterNPoints(12));
      assertThat(result.latest().limitPoints()).isEqualTo(12);
      assertThat(result.latest().mean()).isEqualByComparingTo("5");
      assertThat(result.latest().upperLimit()).isEqualByComparingTo("31.6");
    }
  }

  @Nested
  class Shift {

    @Test
    void sixPointsAboveTheMeanAreAShiftAndFiveAreNot() {
      SpcResult six = baseline(MDC, "151", "152", "151", "152", "151", "152");
      assertThat(six.flagged(SpcRule.SHIFT))
          .containsExactly(at(0), at(1), at(2), at(3), at(4), at(5));
      assertThat(six.specialCause(at(5))).isEqualTo(SpecialCause.IMPROVEMENT);
      assertThat(six.variationIcon()).contains(VariationIcon.IMPROVEMENT_HIGH);

      SpcResult five = baseline(MDC, "151", "152", "151", "152", "151");
      assertThat(five.flagged(SpcRule.SHIFT)).isEmpty();
    }

    @Test
    void aPointExactlyOnTheMeanBreaksTheRun() {
      SpcResult result = baseline(MDC, "151", "152", "151", "150", "152", "151", "152");
      assertThat(result.flagged(SpcRule.SHIFT)).isEmpty();
    }

    @Test
    void theRunIsFlaggedForAsLongAsItLasts() {
      SpcResult result = baseline(MDC, "149", "148", "149", "148", "149", "148", "149", "148");
      assertThat(result.flagged(SpcRule.SHIFT)).hasSize(8);
      assertThat(result.specialCause(at(7))).isEqualTo(SpecialCause.CONCERN);
      assertThat(result.variationIcon()).contains(VariationIcon.CONCERN_LOW);
    }

    @Test
    void ptdAsksForSeven() {
      SpcSettings ptd = SpcSettings.of(SpcProfile.PTD);
      assertThat(baseline(ptd, "151", "152", "151", "152", "151", "152").flagged(SpcRule.SHIFT))
          .isEmpty();
      assertThat(
              baseline(ptd, "151", "152", "151", "152", "151", "152", "151").flagged(SpcRule.SHIFT))
          .hasSize(7);
    }

    @Test
    void aGapBreaksTheRun() {
      SpcResult result = baseline(MDC, "151", "152", "151", "-", "152", "151", "152");
      assertThat(result.flagged(SpcRule.SHIFT)).isEmpty();
    }

    @Test
    void runsCrossARecalculationOnlyWhenTheSettingSaysSo() {
      // 3 points above the first period's mean, then 3 above the second's
      List<BigDecimal> values =
          new ArrayList<>(ints(0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 6, 7, 6));
      values.addAll(ints(100, 110, 100, 110, 100, 110, 100, 110, 100, 110, 100, 110, 100, 110));
      SpcSettings crossing = MDC.withRecalculateAt(List.of(17)).withBaselinePoints(null);
      // the second period's first points: 100 is below its mean 105, so start it above: swap
      values.set(17, BigDecimal.valueOf(110));
      values.set(18, BigDecimal.valueOf(108));
      values.set(19, BigDecimal.valueOf(109));
      SpcResult crossed = analyse(values, crossing);
      assertThat(crossed.flagged(SpcRule.SHIFT)).contains(14, 15, 16, 17, 18, 19);
      SpcResult apart = analyse(values, crossing.withMultiPointRulesCrossRecalculations(false));
      assertThat(apart.flagged(SpcRule.SHIFT)).doesNotContain(14, 15, 16, 17, 18, 19);
    }
  }

  @Nested
  class Trend {

    @Test
    void sixPointsEachAboveTheOneBeforeAreATrendAndFiveAreNot() {
      SpcResult six = baseline(MDC, "10", "20", "30", "40", "50", "60");
      assertThat(six.flagged(SpcRule.TREND))
          .containsExactly(at(0), at(1), at(2), at(3), at(4), at(5));
      SpcResult five = baseline(MDC, "10", "20", "30", "40", "50");
      assertThat(five.flagged(SpcRule.TREND)).isEmpty();
    }

    @Test
    void aTrendCrossesARecalculationOnlyWhenTheSettingSaysSo() {
      SpcSettings settings =
          SpcSettings.of(SpcProfile.PTD)
              .withTrendPoints(6)
              .withShiftPoints(50)
              .withRecalculateAt(List.of(3));
      List<BigDecimal> rising = ints(1, 2, 3, 4, 5, 6);
      assertThat(
              analyse(rising, settings.withMultiPointRulesCrossRecalculations(true))
                  .flagged(SpcRule.TREND))
          .containsExactly(0, 1, 2, 3, 4, 5);
      assertThat(analyse(rising, settings).flagged(SpcRule.TREND)).isEmpty();
    }

    @Test
    void aTieBreaksTheTrend() {
      SpcResult result = baseline(MDC, "10", "20", "30", "30", "40", "50", "60");
      assertThat(result.flagged(SpcRule.TREND)).isEmpty();
    }

    @Test
    void aTrendMayCrossTheMean() {
      SpcResult result = baseline(MDC, "130", "140", "145", "155", "160", "170");
      assertThat(result.flagged(SpcRule.TREND)).hasSize(6);
      assertThat(result.specialCause(at(0))).isEqualTo(SpecialCause.IMPROVEMENT);
    }

    @Test
    void aFallingTrendIsAConcernWhenHigherIsBetterAndAnImprovementWhenLowerIs() {
      List<BigDecimal> values = afterBaseline("200", "180", "160", "140", "120", "100");
      SpcResult higher =
          Spc.analyse(
              SpcSeries.of(values),
              SpcPolarity.HIGHER_IS_BETTER,
              SpcTarget.none(),
              MDC.withBaselinePoints(14));
      SpcResult lower =
          Spc.analyse(
              SpcSeries.of(values),
              SpcPolarity.LOWER_IS_BETTER,
              SpcTarget.none(),
              MDC.withBaselinePoints(14));
      assertThat(higher.variationIcon()).contains(VariationIcon.CONCERN_LOW);
      assertThat(lower.variationIcon()).contains(VariationIcon.IMPROVEMENT_LOW);
    }

    @Test
    void atAPeakMdcGivesBothDirectionsAndImprovementWins() {
      // rising 10..60 (6 points) then falling 60..10 (6 points): the peak 60 is in both
      SpcResult result =
          baseline(MDC, "10", "20", "30", "40", "50", "60", "50", "40", "30", "20", "10");
      assertThat(result.flags(at(5), SpcRule.TREND, 1)).isTrue();
      assertThat(result.flags(at(5), SpcRule.TREND, -1)).isTrue();
      assertThat(result.specialCause(at(5))).isEqualTo(SpecialCause.IMPROVEMENT);
      assertThat(result.specialCause(at(6))).isEqualTo(SpecialCause.CONCERN);
    }

    @Test
    void atAPeakPtdTakesTheDirectionOfTheStepAfterIt() {
      SpcSettings ptd = SpcSettings.of(SpcProfile.PTD).withTrendPoints(6).withShiftPoints(50);
      SpcResult result =
          baseline(ptd, "10", "20", "30", "40", "50", "60", "50", "40", "30", "20", "10");
      assertThat(result.flags(at(5), SpcRule.TREND, 1)).isFalse();
      assertThat(result.flags(at(5), SpcRule.TREND, -1)).isTrue();
      assertThat(result.specialCause(at(5))).isEqualTo(SpecialCause.CONCERN);
      assertThat(result.specialCause(at(4))).isEqualTo(SpecialCause.IMPROVEMENT);
    }
  }

  @Nested
  class TwoOfThree {

    @Test
    void twoOfThreeBeyondTwoSigmaFlagsThoseTwoAndNotTheThird() {
      SpcResult result = baseline(MDC, "700", "200", "710");
      assertThat(result.flagged(SpcRule.TWO_OF_THREE)).containsExactly(at(0), at(2));
      assertThat(result.specialCause(at(1))).isEqualTo(SpecialCause.NONE);
    }

    @Test
    void aPointOnTheOtherSideOfTheMeanBreaksTheWindow() {
      SpcResult result = baseline(MDC, "700", "140", "710");
      assertThat(result.flagged(SpcRule.TWO_OF_THREE)).isEmpty();
    }

    @Test
    void aPointExactlyOnTheTwoSigmaLineIsNotBeyondIt() {
      SpcResult on = baseline(MDC, "700", "200", "682");
      assertThat(on.flagged(SpcRule.TWO_OF_THREE)).isEmpty();
      SpcResult beyond = baseline(MDC, "700", "200", "682.01");
      assertThat(beyond.flagged(SpcRule.TWO_OF_THREE)).containsExactly(at(0), at(2));
    }

    @Test
    void pointsBeyondTheLimitsCountOnlyWhenTheSettingIsOn() {
      SpcResult off = baseline(MDC, "700", "200", "1000");
      assertThat(off.flagged(SpcRule.TWO_OF_THREE)).isEmpty();
      SpcResult on = baseline(MDC.withTwoSigmaCountsPointsBeyondLimits(true), "700", "200", "1000");
      assertThat(on.flagged(SpcRule.TWO_OF_THREE)).containsExactly(at(0), at(2));
    }
  }

  @Nested
  class Conflicts {

    @Test
    void ptdLetsTheFirstRuleInPrecedenceDecide() {
      // a fall from far above the limit: 400 is outside (high), the falling trend is low
      SpcSettings ptd = SpcSettings.of(SpcProfile.PTD).withTrendPoints(6);
      SpcResult result =
          baseline(ptd.withMinimumPoints(null), "1200", "900", "800", "600", "400", "100");
      assertThat(result.specialCause(at(0))).isEqualTo(SpecialCause.IMPROVEMENT);
      assertThat(result.specialCause(at(1))).isEqualTo(SpecialCause.CONCERN);
      SpcResult mdc = baseline(MDC, "1200", "900", "800", "600", "400", "100");
      assertThat(mdc.specialCause(at(1))).isEqualTo(SpecialCause.IMPROVEMENT);
    }

    @Test
    void polarityNeitherCallsEverySignalNeither() {
      SpcResult result =
          Spc.analyse(
              SpcSeries.of(afterBaseline("1200", "-900")),
              SpcPolarity.NEITHER,
              SpcTarget.none(),
              MDC.withBaselinePoints(14));
      assertThat(result.specialCause(at(0))).isEqualTo(SpecialCause.NEITHER);
      assertThat(result.specialCause(at(1))).isEqualTo(SpecialCause.NEITHER);
      assertThat(result.variationIcon()).contains(VariationIcon.NEITHER_LOW);
    }
  }

  @Nested
  class Assurance {

    private AssuranceIcon icon(SpcPolarity polarity, SpcTarget target, SpcProfile profile) {
      return Spc.analyse(
              SpcSeries.of(afterBaseline()),
              polarity,
              target,
              SpcSettings.of(profile).withBaselinePoints(14).withMinimumPoints(13))
          .assuranceIcon()
          .orElse(null);
    }

    @ParameterizedTest(name = "{0}, target {1}, {2}: {3}")
    @CsvSource({
      "HIGHER_IS_BETTER, -700, MDC, PASS",
      "HIGHER_IS_BETTER, -648, MDC, PASS",
      "HIGHER_IS_BETTER, -648, PTD, HIT_AND_MISS",
      "HIGHER_IS_BETTER, -647.99, MDC, HIT_AND_MISS",
      "HIGHER_IS_BETTER, 150, MDC, HIT_AND_MISS",
      "HIGHER_IS_BETTER, 948, MDC, FAIL",
      "HIGHER_IS_BETTER, 948, PTD, HIT_AND_MISS",
      "HIGHER_IS_BETTER, 948.01, PTD, FAIL",
      "LOWER_IS_BETTER, -648, MDC, FAIL",
      "LOWER_IS_BETTER, 948, MDC, PASS",
      "LOWER_IS_BETTER, 1000, PTD, PASS",
    })
    void aSingleTargetAgainstTheLatestLimits(
        SpcPolarity polarity, String target, SpcProfile profile, AssuranceIcon expected) {
      assertThat(icon(polarity, SpcTarget.of(new BigDecimal(target)), profile)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "range {0} to {1}: {2}")
    @CsvSource({
      "-648, 948, PASS",
      "-700, 1000, PASS",
      "-647, 948, HIT_AND_MISS",
      "0, 100, HIT_AND_MISS",
      "948.5, 1000, FAIL",
      "948, 1000, HIT_AND_MISS",
      "-1000, -648.5, FAIL",
    })
    void aRangeWhateverThePolarity(String low, String high, AssuranceIcon expected) {
      SpcTarget range = SpcTarget.range(new BigDecimal(low), new BigDecimal(high));
      for (SpcPolarity polarity : SpcPolarity.values()) {
        assertThat(icon(polarity, range, SpcProfile.MDC)).as(polarity.key()).isEqualTo(expected);
      }
    }

    @Test
    void noIconWithoutATargetOrForNeitherWithASingleTarget() {
      assertThat(icon(SpcPolarity.HIGHER_IS_BETTER, SpcTarget.none(), SpcProfile.MDC)).isNull();
      assertThat(icon(SpcPolarity.NEITHER, SpcTarget.of(BigDecimal.TEN), SpcProfile.MDC)).isNull();
    }

    @Test
    void aTargetWithMoreDecimalsThanTheValuesIsComparedExactly() {
      assertThat(
              icon(
                  SpcPolarity.HIGHER_IS_BETTER,
                  SpcTarget.of(new BigDecimal("-648.0000001")),
                  SpcProfile.PTD))
          .isEqualTo(AssuranceIcon.PASS);
    }
  }

  @Nested
  class Problems {

    @Test
    void eachBadSettingIsNamed() {
      SpcSettings bad =
          MDC.withShiftPoints(1)
              .withTrendPoints(51)
              .withMinimumPoints(1)
              .withRecalculateAt(List.of(0, 5, 5, 40))
              .withBaselinePoints(14)
              .withFixAfterNPoints(12);
      assertThat(bad.problems(30))
          .extracting(SpcProblem::field)
          .contains(
              "settings.shift_points",
              "settings.trend_points",
              "settings.minimum_points",
              "settings.recalculate_at[0]",
              "settings.recalculate_at[2]",
              "settings.recalculate_at[3]",
              "settings.fix_after_n_points");
    }

    @Test
    void aBaselineLongerThanTheFirstPeriodOrBelowTheMinimumIsRefused() {
      assertThat(MDC.withRecalculateAt(List.of(10)).withBaselinePoints(13).problems(30))
          .extracting(SpcProblem::message)
          .anySatisfy(m -> assertThat(m).contains("first period"));
      assertThat(MDC.withBaselinePoints(12).problems(30))
          .extracting(SpcProblem::message)
          .anySatisfy(m -> assertThat(m).contains("minimum_points"));
      assertThat(SpcSettings.of(SpcProfile.PTD).withFixAfterNPoints(11).problems(30))
          .extracting(SpcProblem::field)
          .containsExactly("settings.fix_after_n_points");
    }

    @Test
    void valuesMustBeThereAndHeldExactly() {
      assertThat(SpcSeries.problems(List.of()))
          .extracting(SpcProblem::field)
          .containsExactly("values");
      assertThat(SpcSeries.problems(values("-", "-")))
          .extracting(SpcProblem::message)
          .containsExactly("has no numbers, only gaps");
      assertThat(SpcSeries.problems(values("1", "0.0000000000000000001")))
          .extracting(SpcProblem::field)
          .containsExactly("values[1]");
      assertThat(SpcSeries.problems(values("0.000000000000000001", "1000")))
          .extracting(SpcProblem::field)
          .containsExactly("values[1]");
      assertThatThrownBy(() -> SpcSeries.of(List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueWithAHugeExponentIsNamedInAShortMessage() {
      assertThat(SpcSeries.problems(List.of(new BigDecimal("1e-999999999"))))
          .singleElement()
          .satisfies(p -> assertThat(p.message()).hasSizeLessThan(80).contains("1E-999999999"));
    }

    @Test
    void aMissingRecalculationIndexIsNamed() {
      assertThat(MDC.withRecalculateAt(java.util.Arrays.asList(3, null)).problems(10))
          .extracting(SpcProblem::field)
          .containsExactly("settings.recalculate_at[1]");
    }

    @Test
    void theAnalysisRefusesWhatTheProblemsName() {
      assertThatThrownBy(() -> analyse(ints(1, 2, 3), MDC.withRecalculateAt(List.of(3))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("settings.recalculate_at[0]");
    }
  }
}
