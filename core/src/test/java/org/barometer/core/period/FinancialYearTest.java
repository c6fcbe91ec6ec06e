package org.barometer.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.fixture.Months.yearMonth;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  @ParameterizedTest(name = "{0} is {1}, {2} to {3}")
  @CsvSource(
      textBlock =
          """
          2017/18, 2017, 2017-04, 2018-03
          2016/17, 2016, 2016-04, 2017-03
          1999/00, 1999, 1999-04, 2000-03
          2099/00, 2099, 2099-04, 2100-03
          ' 2017/18 ', 2017, 2017-04, 2018-03
          """)
  void parsesALabelIntoAYearFromAprilToMarch(
      String label, int startYear, String first, String last) {
    // when
    FinancialYear year = FinancialYear.parse(label);

    // then
    assertThat(year.startYear()).isEqualTo(startYear);
    assertThat(year.firstMonth()).isEqualTo(yearMonth(first));
    assertThat(year.lastMonth()).isEqualTo(yearMonth(last));
    assertThat(year.label()).isEqualTo(label.strip());
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(
      strings = {"2017/19", "2017-18", "2017/2018", "17/18", "2017", "", "2017/1", "1899/00"})
  void refusesALabelThatIsNotAFinancialYear(String label) {
    assertThatThrownBy(() -> FinancialYear.parse(label))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void explainsHowToWriteAYear() {
    assertThatThrownBy(() -> FinancialYear.parse("2017-18"))
        .hasMessageContaining("'2017-18'")
        .hasMessageContaining("2017/18");
    assertThatThrownBy(() -> FinancialYear.parse("2017/19"))
        .hasMessageContaining("2017 is followed by 2018");
  }

  @ParameterizedTest(name = "{0} is month {1} of {2}")
  @CsvSource(
      textBlock =
          """
          2016-04,  1, 2016/17
          2016-05,  2, 2016/17
          2016-09,  6, 2016/17
          2016-11,  8, 2016/17
          2016-12,  9, 2016/17
          2017-01, 10, 2016/17
          2017-02, 11, 2016/17
          2017-03, 12, 2016/17
          2017-04,  1, 2017/18
          """)
  void numbersMonthsFromAprilToMarch(String month, int number, String year) {
    // given
    YearMonth yearMonth = yearMonth(month);

    // when
    FinancialYear containing = FinancialYear.containing(yearMonth);

    // then
    assertThat(FinancialYear.monthNumber(yearMonth)).isEqualTo(number);
    assertThat(containing.label()).isEqualTo(year);
    assertThat(containing.month(number)).isEqualTo(yearMonth);
    assertThat(containing.contains(yearMonth)).isTrue();
    assertThat(containing.next().contains(yearMonth)).isFalse();
    assertThat(containing.previous().contains(yearMonth)).isFalse();
  }

  @ParameterizedTest(name = "month number {0} is refused")
  @ValueSource(ints = {0, 13, -1})
  void refusesAMonthNumberOutsideOneToTwelve(int number) {
    assertThatThrownBy(() -> new FinancialYear(2016).month(number))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsItsTwelveMonthsAprilFirst() {
    assertThat(new FinancialYear(2016).months())
        .hasSize(12)
        .startsWith(yearMonth("2016-04"))
        .endsWith(yearMonth("2017-03"));
  }

  @ParameterizedTest(name = "{0} is in {1}, {2} to {3}")
  @CsvSource(
      textBlock =
          """
          2016-04, Q1 2016/17, 2016-04, 2016-06
          2016-06, Q1 2016/17, 2016-04, 2016-06
          2016-07, Q2 2016/17, 2016-07, 2016-09
          2016-09, Q2 2016/17, 2016-07, 2016-09
          2016-10, Q3 2016/17, 2016-10, 2016-12
          2016-12, Q3 2016/17, 2016-10, 2016-12
          2017-01, Q4 2016/17, 2017-01, 2017-03
          2017-03, Q4 2016/17, 2017-01, 2017-03
          """)
  void groupsMonthsIntoQuartersFromApril(String month, String quarter, String first, String last) {
    // when
    Period period = Frequency.QUARTERLY.periodContaining(yearMonth(month));

    // then
    assertThat(period.label()).isEqualTo(quarter);
    assertThat(period.firstMonth()).isEqualTo(yearMonth(first));
    assertThat(period.lastMonth()).isEqualTo(yearMonth(last));
  }

  @ParameterizedTest(name = "by the end of {1}, the latest {0} period is {2}")
  @CsvSource(
      textBlock =
          """
          MONTHLY,   2016-11, Nov 2016
          MONTHLY,   2017-03, Mar 2017
          QUARTERLY, 2016-06, Q1 2016/17
          QUARTERLY, 2016-11, Q2 2016/17
          QUARTERLY, 2016-12, Q3 2016/17
          QUARTERLY, 2016-04, Q4 2015/16
          QUARTERLY, 2017-02, Q3 2016/17
          ANNUAL,    2016-11, 2015/16
          ANNUAL,    2017-03, 2016/17
          ANNUAL,    2017-04, 2016/17
          """)
  void findsTheLatestPeriodEndedByAMonth(Frequency frequency, String month, String label) {
    // when
    Period latest = frequency.latestEndedBy(yearMonth(month));

    // then
    assertThat(latest.label()).isEqualTo(label);
    assertThat(latest.frequency()).isEqualTo(frequency);
    assertThat(latest.endsBy(yearMonth(month))).isTrue();
  }

  @ParameterizedTest(name = "{0}: previous {1}, a year before {2}")
  @CsvSource(
      textBlock =
          """
          2016-04, Mar 2016, Apr 2015
          2017-01, Dec 2016, Jan 2016
          """)
  void stepsBackAMonthAndAYear(String month, String previous, String lastYear) {
    // given
    Period period = new MonthPeriod(yearMonth(month));

    // then
    assertThat(period.previous().label()).isEqualTo(previous);
    assertThat(period.sameLastYear().label()).isEqualTo(lastYear);
  }

  @ParameterizedTest(name = "Q{1} {0}: previous {2}")
  @CsvSource(
      textBlock =
          """
          2016/17, 1, Q4 2015/16
          2016/17, 3, Q2 2016/17
          """)
  void stepsBackAQuarterAcrossTheYearBoundary(String year, int quarter, String previous) {
    // given
    QuarterPeriod period = new QuarterPeriod(FinancialYear.parse(year), quarter);

    // then
    assertThat(period.previous().label()).isEqualTo(previous);
    assertThat(period.sameLastYear().year()).isEqualTo(FinancialYear.parse(year).previous());
    assertThat(period.monthsIntoYear()).isEqualTo(quarter * 3);
  }

  @ParameterizedTest(name = "quarter {0} is refused")
  @ValueSource(ints = {0, 5})
  void refusesAQuarterOutsideOneToFour(int quarter) {
    assertThatThrownBy(() -> new QuarterPeriod(new FinancialYear(2016), quarter))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} reads {1} in a label and {2} in a sentence")
  @CsvSource(
      textBlock =
          """
          2016-04, Apr 2016, April
          2016-09, Sep 2016, September
          2016-11, Nov 2016, November
          2017-03, Mar 2017, March
          """)
  void namesAMonthTheWayPrintedReportsDo(String month, String label, String inSentence) {
    // given
    MonthPeriod period = new MonthPeriod(yearMonth(month));

    // then
    assertThat(period.label()).isEqualTo(label);
    assertThat(period.nameInSentence()).isEqualTo(inSentence);
    assertThat(period.monthsIntoYear()).isEqualTo(FinancialYear.monthNumber(yearMonth(month)));
  }

  @Test
  void labelsAWholeYearPeriodByItsYear() {
    // given
    YearPeriod year = new YearPeriod(new FinancialYear(2016));

    // then
    assertThat(year.label()).isEqualTo("2016/17");
    assertThat(year.monthsIntoYear()).isEqualTo(12);
    assertThat(year.previous().label()).isEqualTo("2015/16");
  }
}
