package org.barometer.app.form;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number typed into a form: {@code 87.34}, {@code 1,250}, {@code 80%}. Thousands separators and a
 * percent sign are allowed; anything else that is not a plain decimal is refused with its field.
 */
public final class NumberField {

  /** Digits a number may have, so that no figure overflows a column or a calculation. */
  public static final int MAX_DIGITS = 18;

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private NumberField() {}

  /**
   * The number in {@code text}, or empty with an error on {@code field} added to {@code errors}.
   *
   * @param field the field's key in the errors (and its id on the page)
   * @param name what the field is called in a message, such as "value" or "April target"
   */
  public static Optional<BigDecimal> read(
      String field, String name, String text, Map<String, String> errors) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      errors.put(field, "Enter the " + name);
      return Optional.empty();
    }
    String cleaned = typed.replace(",", "").replace("%", "").strip();
    if (!PLAIN_NUMBER.matcher(cleaned).matches()) {
      errors.put(field, "The " + name + " must be a number, like 87.34, not '" + typed + "'");
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(cleaned);
    if (number.precision() > MAX_DIGITS) {
      errors.put(field, "The " + name + " has too many digits: at most " + MAX_DIGITS);
      return Optional.empty();
    }
    return Optional.of(number);
  }
}
