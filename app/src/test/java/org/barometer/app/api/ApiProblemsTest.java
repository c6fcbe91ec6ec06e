package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiProblemsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cannot deserialize value of type `java.math.BigDecimal` from String \"eighty\""
            + "| Cannot deserialize value of type a number from String \"eighty\"",
        "Cannot construct instance of `org.barometer.app.api.ApiViews$DecisionRequest`"
            + "| Cannot construct instance of an object",
        "Cannot deserialize value of type `java.util.List<java.lang.String>` from Object value"
            + "| Cannot deserialize value of type a list from Object value",
        "Cannot deserialize value of type `int` from Boolean value"
            + "| Cannot deserialize value of type a number from Boolean value",
        "Unexpected character ('e' (code 101))| Unexpected character ('e' (code 101))"
      })
  void namesNoJavaType(String message, String plain) {
    assertThat(ApiProblems.plain(message)).isEqualTo(plain);
  }
}
