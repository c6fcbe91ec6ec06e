package org.barometer.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "31 March 2018, 2018-03-31",
    "2018-03-31, 2018-03-31",
    "30 September 2017, 2017-09-30",
    "30 Sept 2017, 2017-09-30",
    "1 Jan 2018, 2018-01-01",
    "29 February 2016, 2016-02-29",
    "' 31 October 2017 ', 2017-10-31"
  })
  void readsADate(String text, LocalDate date) {
    assertThat(DateText.parse(text)).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "31 Sept 2017      | 31 Sept 2017 is not a date: September has 30 days",
        "31 September 2017 | 31 September 2017 is not a date: September has 30 days",
        "2017-09-31        | 2017-09-31 is not a date: September has 30 days",
        "29 February 2017  | 29 February 2017 is not a date: February 2017 has 28 days",
        "2018-13-01        | 2018-13-01 is not a date: there is no month 13",
        "0 March 2018      | 0 March 2018 is not a date: there is no day 0",
        "31 Smarch 2018    | '31 Smarch 2018' is not a date: 'Smarch' is not the name of a month",
        "31/03/2018        | '31/03/2018' is not a date: write it as 31 March 2018 or 2018-03-31"
      })
  void refusesWhatIsNotADateAndSaysWhy(String text, String reason) {
    assertThatIllegalArgumentException().isThrownBy(() -> DateText.parse(text)).withMessage(reason);
  }
}
