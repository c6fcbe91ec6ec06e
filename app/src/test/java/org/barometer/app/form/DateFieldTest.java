package org.barometer.app.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFieldTest {

  @Test
  void readsARealDate() {
    Map<String, String> errors = new HashMap<>();
    assertThat(DateField.read("on", "the date", new DateField.Parts("19", "1", "2017"), errors))
        .contains(LocalDate.of(2017, 1, 19));
    assertThat(errors).isEmpty();
  }

  @Test
  void noPartsIsNoDateAndNoError() {
    Map<String, String> errors = new HashMap<>();
    assertThat(DateField.read("on", "the date", new DateField.Parts(" ", null, ""), errors))
        .isEmpty();
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}/{1}/{2} is refused: {3}")
  @CsvSource({
    "31,9,2017,There is no such date as 31/9/2017",
    "29,2,2017,There is no such date as 29/2/2017",
    "19,,2017,as a day, a month and a year in numbers",
    "19,January,2017,as a day, a month and a year in numbers",
    "19,1,17,as a day, a month and a year in numbers"
  })
  void refusesADateThatDoesNotExistOrIsIncomplete(
      String day, String month, String year, String message) {
    Map<String, String> errors = new HashMap<>();
    Optional<LocalDate> date =
        DateField.read("on", "the date", new DateField.Parts(day, month, year), errors);
    assertThat(date).isEmpty();
    assertThat(errors.get("on")).contains(message);
  }

  @Test
  void splitsAnIsoDateSentByAProgram() {
    assertThat(DateField.Parts.ofIso("2017-01-19"))
        .isEqualTo(new DateField.Parts("19", "01", "2017"));
    assertThat(DateField.Parts.ofIso("19 January 2017"))
        .isEqualTo(new DateField.Parts("19 January 2017", "", ""));
    assertThat(DateField.Parts.ofIso(null)).isEqualTo(new DateField.Parts("", "", ""));
  }
}
