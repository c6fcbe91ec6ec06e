package org.barometer.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  @Test
  void knowsTheBankHolidaysOf2016AsPublished() {
    assertThat(BankHolidays.of(2016))
        .containsExactly(
            LocalDate.of(2016, 1, 1),
            LocalDate.of(2016, 3, 25),
            LocalDate.of(2016, 3, 28),
            LocalDate.of(2016, 5, 2),
            LocalDate.of(2016, 5, 30),
            LocalDate.of(2016, 8, 29),
            LocalDate.of(2016, 12, 26),
            LocalDate.of(2016, 12, 27));
  }

  @Test
  void knowsTheOneOffsOf2022() {
    assertThat(BankHolidays.of(2022))
        .contains(
            LocalDate.of(2022, 1, 3),
            LocalDate.of(2022, 6, 2),
            LocalDate.of(2022, 6, 3),
            LocalDate.of(2022, 9, 19),
            LocalDate.of(2022, 12, 26),
            LocalDate.of(2022, 12, 27))
        .doesNotContain(LocalDate.of(2022, 5, 30))
        .hasSize(10);
  }

  @ParameterizedTest(name = "Easter Sunday {0}: {1}")
  @CsvSource({
    "2016, 2016-03-27",
    "2017, 2017-04-16",
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2038, 2038-04-25"
  })
  void findsEasterSunday(int year, LocalDate easter) {
    assertThat(BankHolidays.easterSunday(year)).isEqualTo(easter);
  }

  @ParameterizedTest(name = "{0} figure, {1}th working day: due {2}")
  @CsvSource({
    "2016-11, 10, 2016-12-14",
    "2016-12, 1,  2017-01-03",
    "2016-12, 10, 2017-01-16",
    "2017-03, 10, 2017-04-18",
    "2020-04, 5,  2020-05-07"
  })
  void dueOnTheNthWorkingDayAfterThePeriodEnds(YearMonth month, int n, LocalDate due) {
    assertThat(WorkingDays.dueDate(month, n)).isEqualTo(due);
  }

  @Test
  void refusesANonsenseDueDay() {
    assertThatThrownBy(() -> WorkingDays.dueDate(YearMonth.of(2016, 11), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{1} working days before {0}: {2}")
  @CsvSource({
    "2017-01-16, 0, 2017-01-16",
    "2017-01-16, 1, 2017-01-13",
    "2017-01-16, 3, 2017-01-11",
    "2017-01-03, 1, 2016-12-30",
    "2017-01-04, 3, 2016-12-29",
    "2017-04-18, 1, 2017-04-13"
  })
  void countsWorkingDaysBackOverWeekendsAndBankHolidays(LocalDate day, int n, LocalDate back) {
    assertThat(WorkingDays.workingDaysBefore(day, n)).isEqualTo(back);
  }
}
