package org.barometer.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetForPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each trap of the printed seed, read as docs/seed-notes.md says. */
class SeedTrapsTest {

  private static final FinancialYear Y2016 = FinancialYear.parse("2016/17");
  private static final FinancialYear Y2017 = FinancialYear.parse("2017/18");
  private static final YearMonth NOVEMBER_2016 = YearMonth.of(2016, 11);

  private static Catalogue seed;

  @BeforeAll
  static void importTheSeed() {
    seed = new ImportCatalogue().from(CatalogueFolder.southend2017()).catalogue().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 16, 27})
  void readsCyrillicTbcAsToBeConfirmedAndSaysSo(int number) {
    IndicatorTarget target = target(number, Y2017);

    assertThat(target.asPrinted()).isEqualTo("\u0422\u0412\u0421").isNotEqualTo("TBC");
    assertThat(target.target().orElseThrow()).isInstanceOf(Target.ToBeConfirmed.class);
    assertThat(target.notes()).singleElement().asString().contains("cyrillic capital letter te");
  }

  @Test
  void keepsTheReasonATargetIsToBeConfirmed() {
    Target.ToBeConfirmed tbc = (Target.ToBeConfirmed) target(16, Y2017).target().orElseThrow();

    assertThat(tbc.note())
        .startsWith("The 2017/18 target will be confirmed when national population");
  }

  @Test
  void recordsTheUnlabelledRunningTotalAsASnapshotAndSaysWhy() {
    Indicator mySouthend = seed.indicator(4);

    assertThat(mySouthend.aggregationLabel()).isEmpty();
    assertThat(mySouthend.measure().aggregation()).isEqualTo(AggregationKind.SNAPSHOT);
    assertThat(mySouthend.measure().accumulates()).isFalse();
    assertThat(mySouthend.notes()).first().asString().contains("not reset each April");
  }

  @Test
  void readsTheLabelWithAStrayBracketAsASnapshot() {
    Indicator indicator = seed.indicator(22);

    assertThat(indicator.aggregationLabel()).isEqualTo("[Monthly [Snapshot]");
    assertThat(indicator.measure().aggregation()).isEqualTo(AggregationKind.SNAPSHOT);
    assertThat(indicator.notes()).anyMatch(note -> note.contains("stray brackets"));
  }

  @Test
  void readsTheLabelInRoundBracketsAsCumulative() {
    Indicator indicator = seed.indicator(34);

    assertThat(indicator.aggregationLabel()).isEqualTo("(cumulative)");
    assertThat(indicator.measure().aggregation()).isEqualTo(AggregationKind.CUMULATIVE);
    assertThat(indicator.measure().basis()).isEqualTo(EntryBasis.YEAR_TO_DATE_RATE);
    assertThat(indicator.notes()).anyMatch(note -> note.contains("round brackets"));
  }

  @Test
  void joinsTheNameBrokenByAPage() {
    assertThat(seed.indicator(12).name())
        .contains("criminal damage, common assault, wounding's, robbery.")
        .doesNotContain("  ");
    assertThat(seed.indicator(27).nameAsPrinted()).endsWith("monthly. [Cumulative]");
  }

  @Test
  void mapsTheThreePrintedAdultServiceLabelsToOneService() {
    assertThat(seed.department("People").services())
        .filteredOn(service -> service.name().equals("Adult Services and Housing"))
        .singleElement()
        .extracting(Service::printedLabels, InstanceOfAssertFactories.list(String.class))
        .containsExactly(
            "Department of People Adult Services",
            "Department of People Adult Services & Housing",
            "Department for People Adult Social Care and Housing");
    assertThat(seed.indicator(18).owner().printedLabel())
        .isEqualTo("Department of People Adult Services");
    assertThat(seed.indicator(31).owner().printedLabel())
        .isEqualTo("Department of People Adult Services & Housing");
    assertThat(seed.action(13).leads().get(0).service()).isEqualTo("Adult Services and Housing");
  }

  @Test
  void mapsTheOddDirectoratesOfActions45And36() {
    assertThat(seed.action(45).leads())
        .singleElement()
        .extracting(Ownership::service, Ownership::printedLabel)
        .containsExactly(
            "Strategic Commissioning and Procurement",
            "Department for People Children's Services Commissioning and Procurement");
    assertThat(seed.action(36).leads())
        .singleElement()
        .extracting(Ownership::service)
        .isEqualTo("Culture");
  }

  @Test
  void assignsTheCommitteeByDepartmentAndNoAimToIndicators() {
    assertThat(seed.indicators()).allMatch(indicator -> indicator.aim().isEmpty());
    assertThat(seed.indicator(1).committee()).isEqualTo("Policy and Resources Scrutiny Committee");
    assertThat(seed.indicator(6).committee()).isEqualTo("Place Scrutiny Committee");
    assertThat(seed.indicator(24).committee()).isEqualTo("People Scrutiny Committee");
  }

  @Test
  void entersLatestFiguresAsPrinted() {
    LatestFigure major = seed.indicator(6).latest();
    LatestFigure crime = seed.indicator(12).latest();

    assertThat(major.value()).contains(new BigDecimal("91.66"));
    assertThat(major.period()).contains(NOVEMBER_2016);
    assertThat(crime.asPrinted()).isEqualTo("5719 (against target of 5078) (Nov 16)");
    assertThat(crime.periodTarget()).contains(new BigDecimal("5078"));
    assertThat(seed.indicator(9).latest().value()).contains(new BigDecimal("50.56"));
    assertThat(seed.indicator(23).latest().value()).isEmpty();
  }

  @Test
  void profilesTheCrimeScoreThroughItsPrintedPoints() {
    Target target = target(12, Y2016).target().orElseThrow();

    assertThat(target).isInstanceOf(Target.MonthlyProfile.class);
    assertThat(forMonth(12, target, NOVEMBER_2016)).isEqualTo(ExactValue.of(5078));
    assertThat(forMonth(12, target, YearMonth.of(2017, 3))).isEqualTo(ExactValue.of(7389));
    assertThat(target(12, Y2016).trail().note()).contains("4926");
  }

  @Test
  void profilesStopSmokingThroughItsPrintedPoints() {
    Target target = target(15, Y2016).target().orElseThrow();

    assertThat(forMonth(15, target, NOVEMBER_2016)).isEqualTo(ExactValue.of(750));
    assertThat(forMonth(15, target, YearMonth.of(2017, 3))).isEqualTo(ExactValue.of(1300));
  }

  @Test
  void findsTheVolunteerHoursTargetIsTheLinearProfile() {
    Target target = target(13, Y2016).target().orElseThrow();
    Indicator volunteers = seed.indicator(13);

    ExactValue november = forMonth(13, target, NOVEMBER_2016);

    assertThat(target).isEqualTo(new Target.SingleValue(new BigDecimal("13000")));
    assertThat(volunteers.measure().rounded(november)).isEqualByComparingTo("8667");
  }

  @Test
  void readsTheMonthlyIncrementFromTwentyThousand() {
    Target.MonthlyIncrement increment =
        (Target.MonthlyIncrement) target(4, Y2017).target().orElseThrow();

    assertThat(increment.start()).isEqualByComparingTo("20000");
    assertThat(increment.perMonth()).isEqualByComparingTo("1250");
    assertThat(increment.month(12)).isEqualByComparingTo("35000");
  }

  @Test
  void keepsTheWordsOfACountedTarget() {
    IndicatorTarget deal = target(17, Y2017);

    assertThat(deal.asPrinted()).isEqualTo("40 new local organisations signed up");
    assertThat(deal.target()).contains(new Target.SingleValue(new BigDecimal("40")));
  }

  @Test
  void readsRangesAndTheGoldilocksSingleValue() {
    assertThat(target(24, Y2016).target())
        .contains(new Target.Range(new BigDecimal("57.3"), new BigDecimal("68.3")));
    assertThat(target(25, Y2016).target().orElseThrow()).isInstanceOf(Target.Range.class);
    assertThat(target(25, Y2016).notes()).anyMatch(note -> note.contains("EN DASH"));
    assertThat(target(24, Y2017).target()).contains(new Target.SingleValue(new BigDecimal("66")));
    assertThat(seed.indicator(24).measure().polarity()).isEqualTo(Polarity.GOLDILOCKS);
  }

  @ParameterizedTest
  @ValueSource(ints = {23, 26, 27, 28, 29, 30})
  void givesNewIndicatorsNoTargetFor2016(int number) {
    assertThat(target(number, Y2016).asPrinted()).isEqualTo("N/A");
    assertThat(target(number, Y2016).target()).isEmpty();
  }

  @Test
  void recordsThe2017DecisionOfCabinetWithItsDelegation() {
    IndicatorTarget target = target(1, Y2017);

    assertThat(target.trail().decision())
        .hasValueSatisfying(
            decision -> {
              assertThat(decision.agreedBy()).isEqualTo("Cabinet");
              assertThat(decision.proposedBy()).isEqualTo("Corporate Management Team");
              assertThat(decision.decidedOn()).contains(LocalDate.of(2017, 1, 19));
              assertThat(decision.reference()).contains("Paragraph 3.3");
            });
    assertThat(target.version(Instant.EPOCH, "seed"))
        .hasValueSatisfying(
            version -> assertThat(version.appliesFrom()).isEqualTo(YearMonth.of(2017, 4)));
  }

  @Test
  void makesUpNoDateForThe2016Decisions() {
    IndicatorTarget target = target(1, Y2016);

    assertThat(target.trail().agreedBy()).isEqualTo("Cabinet");
    assertThat(target.trail().decidedOn()).isEmpty();
    assertThat(target.trail().decision())
        .hasValueSatisfying(decision -> assertThat(decision.decidedOn()).isEmpty());
    assertThat(target.version(Instant.EPOCH, "seed"))
        .hasValueSatisfying(
            version -> assertThat(version.appliesFrom()).isEqualTo(YearMonth.of(2016, 4)));
    assertThat(target.target()).isPresent();
  }

  @Test
  void choosesUnitsFromThePrintedText() {
    assertThat(seed.indicator(1).measure().unit()).isEqualTo(Unit.PERCENTAGE);
    assertThat(seed.indicator(1).measure().decimals()).isEqualTo(2);
    assertThat(seed.indicator(2).measure().basis()).isEqualTo(EntryBasis.YEAR_TO_DATE_TOTAL);
    assertThat(seed.indicator(5).measure().unit()).isEqualTo(Unit.DAYS);
    assertThat(seed.indicator(11).measure().unit()).isEqualTo(Unit.RATE_PER_100000);
    assertThat(seed.indicator(18).measure().aggregation())
        .isEqualTo(AggregationKind.YEAR_TO_DATE_AVERAGE);
    assertThat(seed.indicator(19).measure().aggregation()).isEqualTo(AggregationKind.SNAPSHOT);
    assertThat(seed.indicator(21).measure().aggregation())
        .isEqualTo(AggregationKind.ROLLING_QUARTER);
    assertThat(seed.indicator(26).measure().unit()).isEqualTo(Unit.RATE_PER_10000);
    assertThat(seed.indicator(14).measure().profilesAnnualTargetLinearly()).isTrue();
  }

  private static IndicatorTarget target(int indicator, FinancialYear year) {
    return seed.target(indicator, year).orElseThrow();
  }

  private static ExactValue forMonth(int indicator, Target target, YearMonth month) {
    TargetForPeriod forMonth =
        TargetForPeriod.of(target, seed.indicator(indicator).measure(), new MonthPeriod(month));
    return ((TargetForPeriod.Point) forMonth).value();
  }
}
