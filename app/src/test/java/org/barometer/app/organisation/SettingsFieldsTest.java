package org.barometer.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.status.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsFieldsTest {

  private final Map<String, String> errors = new LinkedHashMap<>();

  @Test
  void readsAShareOfTheTargetAsAPercentage() {
    Optional<Defaults> read =
        SettingsFields.read(
            new SettingsForm(
                "RELATIVE", "12.5%", "8", "Southend-on-Sea Borough Council", "false", "New policy"),
            errors);

    assertThat(errors).isEmpty();
    Defaults defaults = read.orElseThrow();
    assertThat(((Tolerance.Relative) defaults.tolerance()).share()).isEqualByComparingTo("0.125");
    assertThat(defaults.dueWorkingDays()).isEqualTo(8);
    assertThat(defaults.toleranceAsTyped()).isEqualTo("12.5");
    assertThat(defaults.toleranceAsStored()).isEqualTo("0.125");
  }

  @Test
  void readsAnAbsoluteAmount() {
    Defaults defaults =
        SettingsFields.read(
                new SettingsForm(
                    "ABSOLUTE",
                    "2",
                    "10",
                    "Southend-on-Sea Borough Council",
                    "false",
                    "New policy"),
                errors)
            .orElseThrow();

    assertThat(defaults.tolerance()).isEqualTo(new Tolerance.Absolute(new BigDecimal("2")));
  }

  @ParameterizedTest
  @CsvSource({
    "'', 10, 10, toleranceKind, Choose whether the tolerance is a share of the target or an amount",
    "RELATIVE, '', 10, toleranceValue, Enter the tolerance",
    "RELATIVE, ten, 10, toleranceValue, 'The tolerance must be a number of 0 or more, like 10 or 2.5, not ''ten'''",
    "ABSOLUTE, -2, 10, toleranceValue, 'The tolerance must be a number of 0 or more, like 10 or 2.5, not ''-2'''",
    "RELATIVE, 101, 10, toleranceValue, A share of the target must be from 0 to 100 percent",
    "RELATIVE, 10, 0, dueWorkingDays, 'The working day must be a whole number from 1 to 30, like 10'",
    "RELATIVE, 10, 31, dueWorkingDays, 'The working day must be a whole number from 1 to 30, like 10'",
    "RELATIVE, 10, 2.5, dueWorkingDays, 'The working day must be a whole number from 1 to 30, like 10'",
    "RELATIVE, 10, '', dueWorkingDays, Enter the working day on which figures are due"
  })
  void saysWhichFieldIsWrongAndWhy(
      String kind, String value, String dueDay, String field, String error) {
    Optional<Defaults> read =
        SettingsFields.read(
            new SettingsForm(
                kind, value, dueDay, "Southend-on-Sea Borough Council", "false", "why"),
            errors);

    assertThat(read).isEmpty();
    assertThat(errors).containsEntry(field, error).hasSize(1);
  }

  @Test
  void needsAReason() {
    SettingsFields.read(
        new SettingsForm("RELATIVE", "10", "10", "Southend-on-Sea Borough Council", "false", " "),
        errors);

    assertThat(errors).containsOnlyKeys("reason");
  }

  @Test
  void comparesTolerancesByValueNotByHowTheyAreWritten() {
    Defaults typed = new Defaults(Tolerance.relative("0.1"), 10, "A council", false);

    assertThat(typed.sameTolerance(new Defaults(Tolerance.DEFAULT, 5, "A council", false)))
        .isTrue();
    assertThat(typed.sameTolerance(new Defaults(Tolerance.absolute("10"), 10, "A council", false)))
        .isFalse();
  }

  @Test
  void needsTheOrganisationsNameOnOneLine() {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    SettingsFields.read(new SettingsForm("RELATIVE", "10", "10", " ", "false", "why"), errors);
    assertThat(errors)
        .containsEntry(
            "organisationName", "Enter the organisation's name, as its reports print it");

    errors.clear();
    SettingsFields.read(new SettingsForm("RELATIVE", "10", "10", "A\nB", "false", "why"), errors);
    assertThat(errors).containsEntry("organisationName", "The name must be one line of text");

    errors.clear();
    SettingsFields.read(
        new SettingsForm("RELATIVE", "10", "10", "x".repeat(201), "false", "why"), errors);
    assertThat(errors).containsKey("organisationName");
  }

  @Test
  void readsWhetherCouncillorsSeeDraftsAndNeedsAChoice() {
    Defaults granted =
        SettingsFields.read(
                new SettingsForm("RELATIVE", "10", "10", "Southend", "true", "Cabinet asked"),
                errors)
            .orElseThrow();
    assertThat(granted.councillorsSeeDrafts()).isTrue();
    assertThat(granted.asForm().councillorsSeeDrafts()).isEqualTo("true");

    SettingsFields.read(new SettingsForm("RELATIVE", "10", "10", "Southend", "", "why"), errors);
    assertThat(errors)
        .containsOnly(
            Map.entry(
                "councillorsSeeDrafts",
                "Choose whether councillors read draft reports or published editions only"));
  }
}
