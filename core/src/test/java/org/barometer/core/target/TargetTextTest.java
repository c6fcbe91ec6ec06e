package org.barometer.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.barometer.core.fixture.Measures;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.MonthPeriod;
import org.junit.jupiter.api.Test;

class TargetTextTest {

  private static final Measure PERCENT = Measures.percentage(1, Polarity.MAXIMISE);
  private static final Measure COUNT = Measures.cumulativeCount();

  @Test
  void aSingleValueIsItsValueInTheUnit() {
    assertThat(TargetText.of(new Target.SingleValue(new BigDecimal("80")), PERCENT))
        .isEqualTo("80.0%");
  }

  @Test
  void aSingleValueOfACumulativeCountSaysItIsProfiledEvenly() {
    assertThat(TargetText.of(new Target.SingleValue(new BigDecimal("1300")), COUNT))
        .isEqualTo("1,300 for the year, profiled evenly month by month");
  }

  @Test
  void aProfileGivesItsFirstAndLastMonths() {
    List<ExactValue> months =
        List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 1300).stream()
            .map(ExactValue::of)
            .toList();
    assertThat(TargetText.of(new Target.MonthlyProfile(months), COUNT))
        .isEqualTo("A monthly profile: 10 in April to 1,300 in March");
  }

  @Test
  void anIncrementGivesItsYearEndItsStartAndItsStep() {
    Target increment =
        Target.MonthlyIncrement.reaching(new BigDecimal("35000"), new BigDecimal("1250"));
    assertThat(TargetText.of(increment, COUNT))
        .isEqualTo("35,000 by March: 20,000 and 1,250 a month");
  }

  @Test
  void aRangeGivesBothBounds() {
    Measure goldilocks = Measures.percentage(1, Polarity.GOLDILOCKS);
    assertThat(
            TargetText.of(
                new Target.Range(new BigDecimal("57.3"), new BigDecimal("68.3")), goldilocks))
        .isEqualTo("57.3% to 68.3%");
  }

  @Test
  void toBeConfirmedCarriesItsNote() {
    assertThat(TargetText.of(new Target.ToBeConfirmed(""), PERCENT)).isEqualTo("To be confirmed");
    assertThat(TargetText.of(new Target.ToBeConfirmed("awaiting Cabinet"), PERCENT))
        .isEqualTo("To be confirmed: awaiting Cabinet");
  }

  @Test
  void noTargetSaysItIsForTrendOnly() {
    assertThat(TargetText.of(new Target.NoTarget(), PERCENT))
        .isEqualTo("No target: monitored for its trend only");
  }

  @Test
  void aPeriodsTargetSaysHowItWasDerived() {
    MonthPeriod november = new MonthPeriod(new FinancialYear(2016).month(8));
    TargetForPeriod profiled =
        TargetForPeriod.of(new Target.SingleValue(new BigDecimal("1200")), COUNT, november);
    assertThat(TargetText.of(profiled, COUNT)).isEqualTo("800 (profiled evenly from 1,200 a year)");
    assertThat(TargetText.of(new TargetForPeriod.Tbc(""), COUNT)).isEqualTo("To be confirmed");
    assertThat(TargetText.of(new TargetForPeriod.None(), COUNT)).isEqualTo("No target");
    assertThat(
            TargetText.of(
                new TargetForPeriod.Band(ExactValue.of("57.3"), ExactValue.of("68.3")), PERCENT))
        .isEqualTo("57.3% to 68.3%");
  }
}
