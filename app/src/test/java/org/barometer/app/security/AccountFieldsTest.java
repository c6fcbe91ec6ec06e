package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountFieldsTest {

  private final Map<String, String> errors = new LinkedHashMap<>();

  @ParameterizedTest
  @CsvSource({
    "jane.smith, ",
    "j, The username must be 2 to 100 characters",
    "Jane, The username must be 2 to 100 characters",
    "jane smith, The username must be 2 to 100 characters",
    "'', Enter a username"
  })
  void checksAUsernameAsTheDatabaseDoes(String username, String error) {
    AccountFields.username(username, errors);

    if (error == null) {
      assertThat(errors).isEmpty();
    } else {
      assertThat(errors.get("username")).startsWith(error);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "'', true",
    "jane@example.gov.uk, true",
    "jane@localhost, false",
    "jane.example.gov.uk, false",
    "jane smith@example.gov.uk, false"
  })
  void acceptsNoEmailOrOneThatLooksLikeAnAddress(String email, boolean accepted) {
    AccountFields.email(email, errors);

    assertThat(errors.isEmpty()).isEqualTo(accepted);
  }

  @Test
  void needsAtLeastOneRoleFromTheList() {
    assertThat(AccountFields.roles(List.of("DATA_OWNER", "COUNCILLOR"), errors))
        .containsExactlyInAnyOrder(Role.DATA_OWNER, Role.COUNCILLOR);
    assertThat(errors).isEmpty();

    AccountFields.roles(List.of(), errors);
    assertThat(errors).containsEntry("roles", "Choose at least one role");

    errors.clear();
    AccountFields.roles(List.of("ROOT"), errors);
    assertThat(errors).containsEntry("roles", "Choose roles from the list");
  }

  @ParameterizedTest
  @CsvSource({
    "elevenchars, The password must be at least 12 characters",
    "twelve-chars, ",
    "jane.smith.2024, ",
    "JANE.SMITH.1, The password must not be the username"
  })
  void needsALongPasswordThatIsNotTheUsername(String password, String error) {
    AccountFields.password("password", password, "jane.smith.1", errors);

    assertThat(errors.get("password")).isEqualTo(error);
  }

  @ParameterizedTest
  @CsvSource({"1qaz2wsx3edc", "WinnieThePooh", "123456QWERTY", "qwertyuiop123"})
  void refusesACommonPasswordWhateverItsCase(String password) {
    AccountFields.password("password", password, "jane", errors);

    assertThat(errors.get("password")).startsWith("This password is on a list of common passwords");
  }

  @Test
  void shipsTheListOfCommonPasswords() {
    assertThat(CommonPasswords.contains("password")).isTrue();
    assertThat(CommonPasswords.contains("correct-horse-battery-staple")).isFalse();
  }

  @Test
  void refusesAPasswordLongerThanBcryptReads() {
    AccountFields.password("password", "é".repeat(37), "jane", errors);

    assertThat(errors.get("password")).startsWith("The password must be 72 characters or fewer");
  }

  @Test
  void needsAReasonOfAReasonableLength() {
    AccountFields.reason("", errors);
    assertThat(errors).containsEntry("reason", "Say why you are making this change");

    errors.clear();
    AccountFields.reason("x".repeat(1001), errors);
    assertThat(errors).containsEntry("reason", "The reason must be 1000 characters or fewer");
  }
}
