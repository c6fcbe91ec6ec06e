package org.barometer.app.collection;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.form.NumberField;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;

/** Reads the number fields of the entry form, saying which field is wrong and why. */
final class FigureFields {

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
    return NumberField.read(field, field, text, errors);
  }
}
