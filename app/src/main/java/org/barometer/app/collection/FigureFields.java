package org.barometer.app.collection;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;

/** Reads the number fields of the entry form, saying which field is wrong and why. */
final class FigureFields {

  private static final int MAX_DIGITS = 18;
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

  private FigureFields() {}

  /** The figure, or empty with an error per wrong field added to {@code errors}. */
  static Optional<Figure> read(Measure measure, FigureForm form, Map<String, String> errors) {
    if (measure.components()) {
      Optional<BigDecimal> numerator = number("numerator", form.numerator(), errors);
      Optional<BigDecimal> denominator = number("denominator", form.denominator(), errors);
      if (numerator.isEmpty() || denominator.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Figure.Ratio(numerator.get(), denominator.get()));
    }
    return number("value", form.value(), errors).map(Figure.Plain::new);
  }

  /**
   * The owner's forecast, when one is given; an error on {@code forecast} when it is not a number.
   */
  static Optional<BigDecimal> forecast(FigureForm form, Map<String, String> errors) {
    return form.forecast().isEmpty()
        ? Optional.empty()
        : number("forecast", form.forecast(), errors);
  }

  private static Optional<BigDecimal> number(
      String field, String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      errors.put(field, "Enter the " + field);
      return Optional.empty();
    }
    String cleaned = text.replace(",", "").replace("%", "").strip();
    if (!PLAIN_NUMBER.matcher(cleaned).matches()) {
      errors.put(field, "The " + field + " must be a number, like 87.34, not '" + text + "'");
      return Optional.empty();
    }
    try {
      BigDecimal number = new BigDecimal(cleaned);
      if (number.precision() > MAX_DIGITS) {
        errors.put(field, "The " + field + " has too many digits: at most " + MAX_DIGITS);
        return Optional.empty();
      }
      return Optional.of(number);
    } catch (NumberFormatException e) {
      errors.put(field, "The " + field + " must be a number, like 87.34, not '" + text + "'");
      return Optional.empty();
    }
  }
}
