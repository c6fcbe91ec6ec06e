package org.barometer.app.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueMilestonesDaysTest {

  @ParameterizedTest(name = "''{0}'' reads as {1}")
  @CsvSource(
      nullValues = "none",
      value = {"'', 30", "1, 1", "30, 30", "366, 366", "' 7 ', 7", "none, 30"})
  void readsAWholeNumberOfDaysFromOneTo366(String text, int days) {
    Map<String, String> errors = new HashMap<>();

    assertThat(DueMilestones.days(text, errors)).contains(days);
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @CsvSource({"0", "367", "-5", "abc", "1.5", "9999"})
  void refusesAnythingElseOnTheDaysField(String text) {
    Map<String, String> errors = new HashMap<>();

    assertThat(DueMilestones.days(text, errors)).isEqualTo(Optional.empty());
    assertThat(errors).containsKey("days");
  }
}
