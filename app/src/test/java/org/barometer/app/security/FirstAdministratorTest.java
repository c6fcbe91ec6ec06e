package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstAdministratorTest {

  @ParameterizedTest
  @CsvSource({
    "short-pass, The password must be at least 12 characters",
    "123456qwerty, This password is on a list of common passwords",
    "ADMIN, The password must be at least 12 characters"
  })
  void refusesAGivenPasswordByTheRulesOfEveryPassword(String given, String why) {
    assertThat(FirstAdministrator.refusal(given))
        .hasValueSatisfying(w -> assertThat(w).startsWith(why));
  }

  @Test
  void acceptsTheTestsPassword() {
    assertThat(FirstAdministrator.refusal(IntegrationTest.ADMIN_PASSWORD)).isEmpty();
  }
}
