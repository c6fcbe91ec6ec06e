package org.barometer.app.organisation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.barometer.core.status.Tolerance;

/** Checks the settings form, adding what is wrong, by field, to {@code errors}. */
final class SettingsFields {

  static final int LATEST_DUE_DAY = 30;
  static final int LONGEST_NAME = 200;
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

  private SettingsFields() {}

  static Optional<Defaults> read(SettingsForm form, Map<String, String> errors) {
    Optional<Tolerance> tolerance = tolerance(form, errors);
    Optional<Integer> dueDay = dueDay(form.dueWorkingDays(), errors);
    String name = form.organisationName();
    if (name.isEmpty()) {
      errors.put("organisationName", "Enter the organisation's name, as its reports print it");
    } else if (name.length() > LONGEST_NAME) {
      errors.put("organisationName", "The name must be " + LONGEST_NAME + " characters or fewer");
    } else if (name.chars().anyMatch(Character::isISOControl)) {
      errors.put("organisationName", "The name must be one line of text");
    }
    boolean drafts = "true".equals(form.councillorsSeeDrafts());
    if (!drafts && !"false".equals(form.councillorsSeeDrafts())) {
      errors.put(
          "councillorsSeeDrafts",
          "Choose whether councillors read draft reports or published editions only");
    }
    if (form.reason().isEmpty()) {
      errors.put("reason", "Say why the settings change");
    } else if (form.reason().length() > 1000) {
      errors.put("reason", "The reason must be 1000 characters or fewer");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Defaults(tolerance.orElseThrow(), dueDay.orElseThrow(), name, drafts));
  }

  private static Optional<Tolerance> tolerance(SettingsForm form, Map<String, String> errors) {
    boolean relative = "RELATIVE".equals(form.toleranceKind());
    if (!relative && !"ABSOLUTE".equals(form.toleranceKind())) {
      errors.put(
          "toleranceKind", "Choose whether the tolerance is a share of the target or an amount");
    }
    Optional<BigDecimal> number = number(form.toleranceValue(), errors);
    if (number.isEmpty() || errors.containsKey("toleranceKind")) {
      return Optional.empty();
    }
    if (relative && number.get().compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.put("toleranceValue", "A share of the target must be from 0 to 100 percent");
      return Optional.empty();
    }
    return Optional.of(
        relative
            ? new Tolerance.Relative(number.get().movePointLeft(2))
            : new Tolerance.Absolute(number.get()));
  }

  private static Optional<BigDecimal> number(String text, Map<String, String> errors) {
    String typed = text.replace("%", "").strip();
    if (typed.isEmpty()) {
      errors.put("toleranceValue", "Enter the tolerance");
      return Optional.empty();
    }
    if (!DECIMAL.matcher(typed).matches()) {
      errors.put(
          "toleranceValue",
          "The tolerance must be a number of 0 or more, like 10 or 2.5, not '" + text + "'");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(typed));
  }

  private static Optional<Integer> dueDay(String typed, Map<String, String> errors) {
    if (typed.isEmpty()) {
      errors.put("dueWorkingDays", "Enter the working day on which figures are due");
      return Optional.empty();
    }
    int day = WHOLE.matcher(typed).matches() ? Integer.parseInt(typed) : -1;
    if (day < 1 || day > LATEST_DUE_DAY) {
      errors.put(
          "dueWorkingDays",
          "The working day must be a whole number from 1 to " + LATEST_DUE_DAY + ", like 10");
      return Optional.empty();
    }
    return Optional.of(day);
  }
}
