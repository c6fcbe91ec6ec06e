package org.barometer.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.core.statistics.SpcRulesTest.afterBaseline;
import static org.barometer.core.statistics.SpcRulesTest.ints;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpcReadingTest {

  private static final SpcSettings MDC = SpcSettings.mdc().withBaselinePoints(14);

  private static SpcReading read(List<BigDecimal> values, SpcPolarity polarity, SpcTarget target) {
    return SpcReading.of(
        Spc.analyse(SpcSeries.of(values), polarity, target, MDC),
        v -> v.stripTrailingZeros().toPlainString() + "%");
  }

  @Test
  void namesTheShiftAndTheHitAndMissTargetAsIssueFiveAsks() {
    SpcReading reading =
        read(
            afterBaseline("149", "148", "149", "148", "149", "148"),
            SpcPolarity.HIGHER_IS_BETTER,
            SpcTarget.of(new BigDecimal("80")));
    assertThat(reading.summary())
        .isEqualTo(
            "Special cause concern: 6 points in a row below the mean; the target of 80% lies"
                + " between the process limits (-648% to 948%), so it will be hit and missed at"
                + " random.");
  }

  @Test
  void namesAPointOutsideTheLimitsWithBothNumbers() {
    SpcReading reading =
        read(
            afterBaseline("1000"),
            SpcPolarity.LOWER_IS_BETTER,
            SpcTarget.of(BigDecimal.valueOf(-700)));
    assertThat(reading.variation())
        .isEqualTo(
            "Special cause concern: the latest point, 1000%, is above the upper process limit of"
                + " 948%");
    assertThat(reading.assurance())
        .contains(
            "The target of -700% lies at or below the lower process limit of -648%, so it will"
                + " consistently be missed unless the process changes");
  }

  @Test
  void namesATrendAndTwoOfThree() {
    assertThat(
            read(
                    afterBaseline("200", "180", "160", "140", "120", "100"),
                    SpcPolarity.LOWER_IS_BETTER,
                    SpcTarget.none())
                .summary())
        .isEqualTo("Special cause improvement: 6 points in a row falling.");
    assertThat(
            read(afterBaseline("700", "200", "710"), SpcPolarity.NEITHER, SpcTarget.none())
                .variation())
        .isEqualTo(
            "Special cause (neither improvement nor concern): 2 of the last 3 points above the upper"
                + " two-sigma line");
  }

  @Test
  void describesCommonCauseAndTooFewPoints() {
    assertThat(
            read(afterBaseline("150"), SpcPolarity.HIGHER_IS_BETTER, SpcTarget.none()).variation())
        .isEqualTo(
            "Common cause variation: no special cause in the latest point; the process runs between"
                + " -648% and 948% around a mean of 150%");
    SpcReading few =
        SpcReading.of(
            Spc.analyse(
                SpcSeries.of(ints(1, 2, 3)),
                SpcPolarity.HIGHER_IS_BETTER,
                SpcTarget.of(BigDecimal.ONE),
                SpcSettings.mdc()));
    assertThat(few.variation()).startsWith("Too few points for process limits: 3 of the 13 needed");
    assertThat(few.assurance()).isEmpty();
  }

  @Test
  void aRangeIsReadWhateverThePolarity() {
    SpcReading reading =
        read(
            afterBaseline(),
            SpcPolarity.NEITHER,
            SpcTarget.range(BigDecimal.valueOf(-700), BigDecimal.valueOf(1000)));
    assertThat(reading.assurance())
        .contains(
            "The process limits (-648% to 948%) lie inside the target range -700% to 1000%, so it"
                + " will consistently be met");
  }

  @Test
  void notesGapsRecalculationsAndTooFewPoints() {
    SpcReading reading =
        SpcReading.of(
            Spc.analyse(
                SpcSeries.of(SpcRulesTest.values("1", "-", "3", "4", "5")),
                SpcPolarity.NEITHER,
                SpcTarget.of(BigDecimal.ONE),
                SpcSettings.mdc().withRecalculateAt(List.of(3))));
    assertThat(reading.notes())
        .anySatisfy(note -> assertThat(note).contains("contiguous data only"))
        .anySatisfy(note -> assertThat(note).contains("The limits are recalculated from index 3"))
        .anySatisfy(
            note -> assertThat(note).startsWith("Fewer than 13 points in the latest period (2)"));
  }

  @Test
  void notesNamePositionsByIndexForProgramsAndByLabelForPeople() {
    SpcReading reading =
        SpcReading.of(
            Spc.analyse(
                SpcSeries.of(ints(1, 2, 3, 3, 5, 6)),
                SpcPolarity.HIGHER_IS_BETTER,
                SpcTarget.none(),
                SpcSettings.of(SpcProfile.PTD).withRecalculateAt(List.of(2, 4))));
    assertThat(reading.notes())
        .contains(
            "The limits are recalculated from indices 2, 4: each point is judged against its own"
                + " period's mean and limits, and runs of points stop at a recalculation");
    assertThat(reading.notes(List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun")))
        .anySatisfy(
            note -> assertThat(note).startsWith("The limits are recalculated from Mar, May:"))
        .anySatisfy(
            note -> assertThat(note).startsWith("In the period Mar to Apr, every moving range"));
  }
}
