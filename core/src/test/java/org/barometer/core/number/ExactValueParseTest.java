package org.barometer.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExactValueParseTest {

  @ParameterizedTest
  @ValueSource(strings = {"87.34", "-3", "0", "13000/3", "-1/7", "5078/8"})
  void readsBackWhatItWrites(String text) {
    ExactValue value = ExactValue.parse(text);

    assertThat(ExactValue.parse(value.toString())).isEqualTo(value);
  }

  @Test
  void keepsAThirdExact() {
    ExactValue third = ExactValue.parse("1/3");

    assertThat(third.multiply(ExactValue.of(3))).isEqualTo(ExactValue.ONE);
    assertThat(third.toString()).isEqualTo("1/3");
  }

  @Test
  void refusesAZeroDenominatorAndNonsense() {
    assertThatThrownBy(() -> ExactValue.parse("1/0")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> ExactValue.parse("abc")).isInstanceOf(NumberFormatException.class);
  }
}
