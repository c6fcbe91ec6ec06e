package org.barometer.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.measurement.FigureState;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.period.Period;
import org.barometer.core.period.QuarterPeriod;
import org.barometer.core.period.YearPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeRuleTest {

  /** Due on the 10th working day, reminded from 3 working days before. */
  private static final NoticeRule RULE = new NoticeRule(10, 3);

  private static final Period DECEMBER_2016 = new MonthPeriod(YearMonth.of(2016, 12));

  @ParameterizedTest(name = "December 2016, due Monday 16 January 2017: on {0}, {1}")
  @CsvSource({
    "2016-12-31, NONE",
    "2017-01-03, NONE",
    "2017-01-10, NONE",
    "2017-01-11, REMINDER",
    "2017-01-14, REMINDER",
    "2017-01-16, REMINDER",
    "2017-01-17, CHASE",
    "2017-02-14, CHASE",
    "2017-02-15, NONE"
  })
  void remindsFromThreeWorkingDaysBeforeTheDueDayAndChasesUntilTheNextIsDue(
      LocalDate today, String expected) {
    Optional<NoticeKind> notice = RULE.needed(DECEMBER_2016, today, Optional.empty(), Set.of());

    assertThat(notice.map(Enum::name).orElse("NONE")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "March 2017, due Tuesday 18 April 2017 after Easter: on {0}, {1}")
  @CsvSource({
    "2017-04-10, NONE",
    "2017-04-11, REMINDER",
    "2017-04-14, REMINDER",
    "2017-04-17, REMINDER",
    "2017-04-18, REMINDER",
    "2017-04-19, CHASE"
  })
  void countsBackOverTheEasterBankHolidays(LocalDate today, String expected) {
    Period march = new MonthPeriod(YearMonth.of(2017, 3));

    Optional<NoticeKind> notice = RULE.needed(march, today, Optional.empty(), Set.of());

    assertThat(RULE.dueDate(march)).isEqualTo(LocalDate.of(2017, 4, 18));
    assertThat(notice.map(Enum::name).orElse("NONE")).isEqualTo(expected);
  }

  @Test
  void neverRemindsBeforeThePeriodHasEndedEvenWhenTheDueDayIsClose() {
    // Due on the 1st working day: Tuesday 3 January 2017, after a weekend and the New Year bank
    // holiday; three working days before it is 29 December, when December has not ended.
    NoticeRule early = new NoticeRule(1, 3);

    assertThat(early.dueDate(DECEMBER_2016)).isEqualTo(LocalDate.of(2017, 1, 3));
    assertThat(early.remindFrom(DECEMBER_2016)).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(early.needed(DECEMBER_2016, LocalDate.of(2016, 12, 31), Optional.empty(), Set.of()))
        .isEmpty();
    assertThat(early.needed(DECEMBER_2016, LocalDate.of(2017, 1, 1), Optional.empty(), Set.of()))
        .contains(NoticeKind.REMINDER);
  }

  @ParameterizedTest(name = "a figure {0} on 17 January: {1}")
  @CsvSource({"SUBMITTED, NONE", "APPROVED, NONE", "DRAFT, CHASE", "RETURNED, CHASE"})
  void chasesOnlyAFigureNotSubmitted(FigureState state, String expected) {
    Optional<NoticeKind> notice =
        RULE.needed(DECEMBER_2016, LocalDate.of(2017, 1, 17), Optional.of(state), Set.of());

    assertThat(notice.map(Enum::name).orElse("NONE")).isEqualTo(expected);
  }

  @Test
  void neverSendsTheSameNoticeTwice() {
    Set<NoticeKind> reminded = EnumSet.of(NoticeKind.REMINDER);
    Set<NoticeKind> both = EnumSet.allOf(NoticeKind.class);

    assertThat(RULE.needed(DECEMBER_2016, LocalDate.of(2017, 1, 12), Optional.empty(), reminded))
        .isEmpty();
    assertThat(RULE.needed(DECEMBER_2016, LocalDate.of(2017, 1, 17), Optional.empty(), reminded))
        .contains(NoticeKind.CHASE);
    assertThat(RULE.needed(DECEMBER_2016, LocalDate.of(2017, 1, 17), Optional.empty(), both))
        .isEmpty();
  }

  @Test
  void looksAtThePeriodsWhoseNextFigureIsNotYetDue() {
    LocalDate wednesday = LocalDate.of(2017, 1, 11);
    LocalDate afterDecemberIsDue = LocalDate.of(2017, 1, 17);
    FinancialYear year = new FinancialYear(2016);

    assertThat(RULE.periodsInPlay(Frequency.MONTHLY, wednesday))
        .containsExactly(DECEMBER_2016, new MonthPeriod(YearMonth.of(2016, 11)));
    assertThat(RULE.periodsInPlay(Frequency.MONTHLY, afterDecemberIsDue))
        .containsExactly(DECEMBER_2016);
    assertThat(RULE.periodsInPlay(Frequency.QUARTERLY, wednesday))
        .containsExactly(new QuarterPeriod(year, 3), new QuarterPeriod(year, 2));
    assertThat(RULE.periodsInPlay(Frequency.ANNUAL, wednesday))
        .containsExactly(new YearPeriod(new FinancialYear(2015)));
  }

  @Test
  void remindsOfAQuarterAsOfItsLastMonth() {
    Period third = new QuarterPeriod(new FinancialYear(2016), 3);

    assertThat(RULE.needed(third, LocalDate.of(2017, 1, 11), Optional.empty(), Set.of()))
        .contains(NoticeKind.REMINDER);
  }

  @Test
  void refusesAReminderMoreThanSixtyWorkingDaysAhead() {
    assertThatThrownBy(() -> new NoticeRule(10, 61))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 61");
  }

  @Test
  void aChaseNamesEveryEarlierMissingPeriodSinceTheLatestSubmittedFigureOldestFirst() {
    // given September 2016 approved, October missing, November a draft (not settled)
    Set<Period> settled = Set.of(month("2016-08"), month("2016-09"));

    // when December is chased
    var missing = NoticeRule.earlierMissing(DECEMBER_2016, settled, 12);

    // then
    assertThat(missing).containsExactly(month("2016-10"), month("2016-11"));
  }

  @Test
  void aChaseNamesAtMostTheLimitOfTheLatestEarlierMissingPeriods() {
    Set<Period> settled = Set.of(month("2014-03"));

    var missing = NoticeRule.earlierMissing(DECEMBER_2016, settled, 3);

    assertThat(missing).containsExactly(month("2016-09"), month("2016-10"), month("2016-11"));
  }

  @Test
  void aChaseNamesNoEarlierPeriodWhenNothingWasEverSubmittedOrNothingIsMissing() {
    assertThat(NoticeRule.earlierMissing(DECEMBER_2016, Set.of(), 12)).isEmpty();
    assertThat(NoticeRule.earlierMissing(DECEMBER_2016, Set.of(month("2016-11")), 12)).isEmpty();
  }

  private static Period month(String month) {
    return new MonthPeriod(YearMonth.parse(month));
  }
}
