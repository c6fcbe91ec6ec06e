package org.barometer.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthChoiceTest {

  private static final YearMonth LATEST = YearMonth.of(2016, 12);

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = "  ")
  void showsTheLatestEndedMonthWhenNoneIsAsked(String text) {
    assertThat(MonthChoice.of(text, LATEST))
        .isEqualTo(new MonthChoice(LATEST, java.util.Optional.empty()));
  }

  @Test
  void showsAnEarlierMonth() {
    MonthChoice choice = MonthChoice.of(" 2016-11 ", LATEST);

    assertThat(choice.month()).isEqualTo(YearMonth.of(2016, 11));
    assertThat(choice.problem()).isEmpty();
  }

  @Test
  void saysHowToWriteAMonthThatIsNotOne() {
    MonthChoice choice = MonthChoice.of("2016-13", LATEST);

    assertThat(choice.month()).isEqualTo(LATEST);
    assertThat(choice.problem())
        .contains(
            "Enter the month as year and month, like 2016-12, not '2016-13': a month from 1900-01"
                + " to 2999-12");
  }

  @Test
  void refusesAMonthBefore1900WithTheRange() {
    MonthChoice choice = MonthChoice.of("1899-12", LATEST);

    assertThat(choice.month()).isEqualTo(LATEST);
    assertThat(choice.problem().orElseThrow()).endsWith("a month from 1900-01 to 2999-12");
  }

  @Test
  void refusesAMonthThatHasNotEnded() {
    MonthChoice choice = MonthChoice.of("2017-01", LATEST);

    assertThat(choice.month()).isEqualTo(LATEST);
    assertThat(choice.problem())
        .contains(
            "The month must have ended: choose December 2016 (2016-12) or earlier, not 2017-01");
  }
}
