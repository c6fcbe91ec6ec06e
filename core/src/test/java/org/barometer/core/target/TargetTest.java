package org.barometer.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.Months.month;
import static org.barometer.core.fixture.Months.quarter;
import static org.barometer.core.fixture.Months.yearMonth;
import static org.barometer.core.fixture.Values.decimal;
import static org.barometer.core.fixture.Values.exact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.barometer.core.fixture.Measures;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Unit;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.MonthPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TargetTest {

  private static final Measure CUMULATIVE_COUNT = Measures.cumulativeCount();

  @ParameterizedTest(name = "13,000 a year profiled evenly: {1} is {2}")
  @CsvSource(
      textBlock =
          """
           1, 2016-04, 13000/12,  1083.33
           6, 2016-09, 78000/12,  6500.00
           8, 2016-11, 104000/12, 8666.67
          11, 2017-02, 143000/12, 11916.67
          12, 2017-03, 13000,     13000.00
          """)
  void profilesASingleAnnualValueForACumulativeCountLinearly(
      int monthNumber, String month, String expected, String shown) {
    // given
    Target target = new Target.SingleValue(decimal("13000"));

    // when
    TargetForPeriod forMonth = TargetForPeriod.of(target, CUMULATIVE_COUNT, month(month));

    // then
    assertThat(month(month).monthsIntoYear()).isEqualTo(monthNumber);
    TargetForPeriod.Point point = (TargetForPeriod.Point) forMonth;
    assertThat(point.value()).isEqualTo(exact(expected));
    assertThat(point.value().round(2)).isEqualByComparingTo(shown);
  }

  @Test
  void saysHowAProfiledTargetWasDerived() {
    // when
    TargetForPeriod november =
        TargetForPeriod.of(
            new Target.SingleValue(decimal("13000")), CUMULATIVE_COUNT, month("2016-11"));

    // then
    assertThat(((TargetForPeriod.Point) november).profile())
        .isEqualTo("profiled evenly from 13,000 a year");
    assertThat(CUMULATIVE_COUNT.show(((TargetForPeriod.Point) november).value()))
        .isEqualTo("8,667");
  }

  @ParameterizedTest(name = "13,000 a year for a quarterly cumulative count at Q{0}: {1}")
  @CsvSource({"1, 3250", "2, 6500", "3, 9750", "4, 13000"})
  void profilesAQuarterlyCumulativeCountByTheMonthsElapsed(int quarter, String expected) {
    // given
    Measure quarterly = aMeasure().count().cumulative().quarterly().build();

    // when
    TargetForPeriod forQuarter =
        TargetForPeriod.of(
            new Target.SingleValue(decimal("13000")), quarterly, quarter("2016/17", quarter));

    // then
    assertThat(((TargetForPeriod.Point) forQuarter).value()).isEqualTo(exact(expected));
  }

  @ParameterizedTest(name = "a single value for a {0}, entered {1}, applies unchanged at {2}")
  @CsvSource(
      textBlock =
          """
          SNAPSHOT,             PERIOD,             2016-04
          SNAPSHOT,             PERIOD,             2016-11
          YEAR_TO_DATE_AVERAGE, PERIOD,             2016-11
          ROLLING_QUARTER,      PERIOD,             2016-11
          CUMULATIVE,           YEAR_TO_DATE_TOTAL, 2016-11
          CUMULATIVE,           YEAR_TO_DATE_RATE,  2016-04
          """)
  void appliesASingleValueToEveryMonthForAnythingButACumulativeCount(
      AggregationKind kind, EntryBasis basis, String month) {
    // given
    Measure measure = aMeasure().percentage().aggregation(kind).basis(basis).build();

    // when
    TargetForPeriod forMonth =
        TargetForPeriod.of(new Target.SingleValue(decimal("80")), measure, month(month));

    // then
    assertThat(forMonth).isEqualTo(new TargetForPeriod.Point(ExactValue.of(80), ""));
  }

  @Test
  void appliesASingleValueToEveryMonthOfACumulativeRatioCollectedWithComponents() {
    // given
    Measure measure = Measures.cumulativePercentageWithComponents();

    // when
    List<TargetForPeriod> months =
        new FinancialYear(2016)
            .months().stream()
                .map(
                    m ->
                        TargetForPeriod.of(
                            new Target.SingleValue(decimal("89.65")), measure, new MonthPeriod(m)))
                .toList();

    // then
    assertThat(months).hasSize(12).containsOnly(new TargetForPeriod.Point(exact("89.65"), ""));
  }

  @ParameterizedTest(name = "crime score through Nov 5,078 and Mar 7,389: month {0} is {1}")
  @CsvSource(
      textBlock =
          """
           1, 5078/8
           4, 2539
           8, 5078
           9, 5655.75
          10, 6233.5
          12, 7389
          """)
  void profilesACustomSeasonalShapeThroughKnownPoints(int monthNumber, String expected) {
    // given
    SortedMap<Integer, BigDecimal> points = new TreeMap<>();
    points.put(8, decimal("5078"));
    points.put(12, decimal("7389"));

    // when
    Target.MonthlyProfile profile = Target.MonthlyProfile.throughPoints(points);

    // then
    assertThat(profile.month(monthNumber)).isEqualTo(exact(expected));
    TargetForPeriod forMonth =
        TargetForPeriod.of(
            profile, CUMULATIVE_COUNT, new MonthPeriod(new FinancialYear(2016).month(monthNumber)));
    assertThat(forMonth).isEqualTo(new TargetForPeriod.Point(exact(expected), "monthly profile"));
  }

  @Test
  void followsTheStopSmokingProfileRatherThanAnEvenOne() {
    // given annual 1,300 with "a target of 750" at November
    SortedMap<Integer, BigDecimal> points = new TreeMap<>();
    points.put(8, decimal("750"));
    points.put(12, decimal("1300"));
    Target.MonthlyProfile profile = Target.MonthlyProfile.throughPoints(points);

    // when
    TargetForPeriod november = TargetForPeriod.of(profile, CUMULATIVE_COUNT, month("2016-11"));
    TargetForPeriod march = TargetForPeriod.annual(profile);

    // then
    assertThat(((TargetForPeriod.Point) november).value()).isEqualTo(ExactValue.of(750));
    assertThat(((TargetForPeriod.Point) march).value()).isEqualTo(ExactValue.of(1300));
  }

  @Test
  void refusesAProfileThatDoesNotEndInMarchOrStartsBeforeApril() {
    SortedMap<Integer, BigDecimal> endsInNovember = new TreeMap<>(Map.of(8, BigDecimal.TEN));
    SortedMap<Integer, BigDecimal> startsAtZero =
        new TreeMap<>(Map.of(0, BigDecimal.ONE, 12, BigDecimal.TEN));

    assertThatThrownBy(() -> Target.MonthlyProfile.throughPoints(new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.MonthlyProfile.throughPoints(endsInNovember))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.MonthlyProfile.throughPoints(startsAtZero))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Target.MonthlyProfile(Collections.nCopies(11, ExactValue.ONE)))
        .hasMessageContaining("12 values");
  }

  @ParameterizedTest(name = "35,000 at 1,250 a month: month {0} is {1}")
  @CsvSource({"1, 21250", "8, 30000", "11, 33750", "12, 35000"})
  void reachesAYearEndFigureByAMonthlyIncrementFromAStart(int monthNumber, String expected) {
    // when
    Target.MonthlyIncrement increment =
        Target.MonthlyIncrement.reaching(decimal("35000"), decimal("1250"));

    // then
    assertThat(increment.start()).isEqualByComparingTo("20000");
    assertThat(increment.month(monthNumber)).isEqualByComparingTo(expected);
    TargetForPeriod forMonth =
        TargetForPeriod.of(
            increment,
            CUMULATIVE_COUNT,
            new MonthPeriod(new FinancialYear(2017).month(monthNumber)));
    assertThat(forMonth).isEqualTo(new TargetForPeriod.Point(exact(expected), "1,250 a month"));
  }

  @ParameterizedTest(name = "a range {0}-{1} gives that band at {2}")
  @CsvSource({"57.3, 68.3, 2016-04", "57.3, 68.3, 2016-11", "45.7, 45.7, 2017-03"})
  void givesARangeBoundsIncluded(String low, String high, String month) {
    // given
    Measure goldilocks = aMeasure().unit(Unit.RATE_PER_10000).decimals(1).goldilocks().build();

    // when
    TargetForPeriod forMonth =
        TargetForPeriod.of(new Target.Range(decimal(low), decimal(high)), goldilocks, month(month));

    // then
    assertThat(forMonth).isEqualTo(new TargetForPeriod.Band(exact(low), exact(high)));
  }

  @Test
  void refusesARangeThatRunsBackwards() {
    assertThatThrownBy(() -> new Target.Range(decimal("68.3"), decimal("57.3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("68.3 is above 57.3");
  }

  @ParameterizedTest(name = "TBC with note ''{0}'' reads ''{1}''")
  @CsvSource(value = {"'  awaiting national data ', awaiting national data", "'', ''"})
  void keepsATargetToBeConfirmed(String note, String kept) {
    // when
    TargetForPeriod forMonth =
        TargetForPeriod.of(new Target.ToBeConfirmed(note), CUMULATIVE_COUNT, month("2016-11"));

    // then
    assertThat(forMonth).isEqualTo(new TargetForPeriod.Tbc(kept));
  }

  @Test
  void givesNoTargetForAContextualIndicator() {
    assertThat(TargetForPeriod.of(new Target.NoTarget(), CUMULATIVE_COUNT, month("2016-11")))
        .isEqualTo(new TargetForPeriod.None());
  }

  static Stream<Arguments> yearEndTargets() {
    return Stream.of(
        Arguments.of(
            new Target.SingleValue(decimal("13000")),
            new TargetForPeriod.Point(ExactValue.of(13000), "")),
        Arguments.of(
            Target.MonthlyIncrement.reaching(decimal("35000"), decimal("1250")),
            new TargetForPeriod.Point(ExactValue.of(35000), "")),
        Arguments.of(
            new Target.Range(decimal("57.3"), decimal("68.3")),
            new TargetForPeriod.Band(exact("57.3"), exact("68.3"))),
        Arguments.of(new Target.ToBeConfirmed("later"), new TargetForPeriod.Tbc("later")),
        Arguments.of(new Target.NoTarget(), new TargetForPeriod.None()));
  }

  @ParameterizedTest(name = "the year-end target of {0} is {1}")
  @MethodSource("yearEndTargets")
  void takesTheYearEndTargetAtMarch(Target target, TargetForPeriod expected) {
    // when
    TargetForPeriod annual = TargetForPeriod.annual(target);

    // then
    assertThat(annual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "for {0}: {1}")
  @CsvSource(
      textBlock =
          """
          2017-04, 80
          2017-09, 80
          2017-10, 85
          2018-03, 85
          2018-04, -
          2017-03, -
          """)
  void usesTheTargetInForceForTheMonthAndKeepsTheOldOne(String month, String expected) {
    // given a 2017/18 target of 80, changed to 85 from October
    FinancialYear year = new FinancialYear(2017);
    TargetVersion original = version(year, "80", "2017-04", "2017-03-20T10:00:00Z");
    TargetVersion changed = version(year, "85", "2017-10", "2017-10-05T09:00:00Z");
    TargetHistory history = TargetHistory.of(original).with(changed);

    // when
    Optional<TargetVersion> inForce = history.inForceFor(yearMonth(month));

    // then
    assertThat(history.forYear(year)).containsExactly(original, changed);
    assertThat(inForce.map(v -> ((Target.SingleValue) v.target()).value()))
        .isEqualTo(expected.equals("-") ? Optional.empty() : Optional.of(decimal(expected)));
  }

  @Test
  void prefersTheLaterRecordedOfTwoVersionsFromTheSameMonth() {
    // given
    FinancialYear year = new FinancialYear(2017);
    TargetVersion first = version(year, "80", "2017-04", "2017-03-20T10:00:00Z");
    TargetVersion correction = version(year, "82", "2017-04", "2017-05-02T10:00:00Z");

    // when
    TargetHistory history = TargetHistory.of(correction, first);

    // then
    assertThat(history.inForceFor(yearMonth("2017-06"))).contains(correction);
    assertThat(history.versions()).containsExactly(first, correction);
  }

  @Test
  void prefersTheLaterAddedOfTwoVersionsRecordedInTheSameInstant() {
    // given a printed target and its profile, added in one transaction
    FinancialYear year = new FinancialYear(2016);
    TargetVersion printed = version(year, "97.2", "2016-04", "2017-01-20T10:00:00Z");
    TargetVersion profiled = version(year, "97.1", "2016-04", "2017-01-20T10:00:00Z");

    // when
    TargetHistory history = TargetHistory.of(printed, profiled);

    // then
    assertThat(history.inForceFor(yearMonth("2016-11"))).contains(profiled);
  }

  @Test
  void leavesOutAVersionRecordedAfterTheInstantAReportStandsAt() {
    // given a correction recorded in May but backdated to April
    FinancialYear year = new FinancialYear(2017);
    TargetVersion first = version(year, "80", "2017-04", "2017-03-20T10:00:00Z");
    TargetVersion correction = version(year, "82", "2017-04", "2017-05-02T10:00:00Z");
    TargetHistory history = TargetHistory.of(first, correction);

    // then the April report as published on 1 May used 80; as known now, 82
    assertThat(history.inForceFor(yearMonth("2017-04"), Instant.parse("2017-05-01T00:00:00Z")))
        .contains(first);
    assertThat(history.inForceFor(yearMonth("2017-04"), Instant.parse("2017-06-01T00:00:00Z")))
        .contains(correction);
    assertThat(history.inForceFor(yearMonth("2017-04"), Instant.parse("2017-03-01T00:00:00Z")))
        .isEmpty();
  }

  @Test
  void refusesAVersionThatAppliesFromOutsideItsYear() {
    assertThatThrownBy(
            () -> version(new FinancialYear(2017), "80", "2017-03", "2017-03-01T00:00:00Z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2017/18");
  }

  @Test
  void recordsWhoAgreedATarget() {
    assertThatThrownBy(
            () -> new TargetDecision("Head of Finance", " ", LocalDate.of(2017, 3, 20), "Min 123"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new TargetDecision(null, "Cabinet", LocalDate.of(2017, 3, 20), null).reference())
        .isEmpty();
  }

  @Test
  void keepsASingleValueForAGoldilocksIndicatorUnprofiled() {
    // given
    Measure lac = aMeasure().unit(Unit.RATE_PER_10000).decimals(1).goldilocks().build();

    // then
    assertThat(TargetForPeriod.of(new Target.SingleValue(decimal("66")), lac, month("2017-11")))
        .isEqualTo(new TargetForPeriod.Point(ExactValue.of(66), ""));
  }

  private static TargetVersion version(
      FinancialYear year, String value, String appliesFrom, String recordedAt) {
    return new TargetVersion(
        year,
        new Target.SingleValue(decimal(value)),
        yearMonth(appliesFrom),
        new TargetDecision("Director", "Cabinet", LocalDate.of(2017, 3, 20), "Minute 42"),
        "set for the year",
        "performance team",
        Instant.parse(recordedAt));
  }
}
