package org.barometer.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthRangeTest {

  @ParameterizedTest
  @CsvSource({"1900-01, 1900, 1", "2016-11, 2016, 11", " 2999-12 , 2999, 12"})
  void readsTheMonthsFrom1900To2999(String text, int year, int month) {
    assertThat(MonthRange.parse(text)).contains(YearMonth.of(year, month));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1899-12", "3000-01", "0001-01", "9999-12", "+10000-01", "2016-13", "2016-1", ""})
  void refusesEverythingElse(String text) {
    assertThat(MonthRange.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-01", "1900-03", "2999-12"})
  void everyMonthInTheRangeHasItsFinancialYearAndQuarter(String text) {
    YearMonth month = MonthRange.parse(text).orElseThrow();

    assertThat(FinancialYear.containing(month).contains(month)).isTrue();
    assertThat(Frequency.QUARTERLY.periodContaining(month).lastMonth()).isNotNull();
    assertThat(Frequency.ANNUAL.periodContaining(month).lastMonth()).isNotNull();
  }
}
