package org.barometer.app.collection;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.form.NumberField;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;

/**
 * Reads the fields of the entry form, saying which field is wrong and why: the numbers, and the
 * length of each text (docs/collecting-figures.md lists the maxima).
 */
final class FigureFields {

  /** The commentary and the explanation: enough for a page of a report. */
  static final int LONGEST_TEXT = 4000;

  /** Why an approved figure is corrected, as short as every other reason. */
  static final int LONGEST_CORRECTION = 1000;

  private FigureFields() {}

  /** Adds an error for each text of the form that is longer than its maximum. */
  static void texts(FigureForm form, Map<String, String> errors) {
    longest("commentary", "The commentary", form.commentary(), LONGEST_TEXT, errors);
    longest("explanation", "The explanation", form.explanation(), LONGEST_TEXT, errors);
    longest("correction", "The correction", form.correction(), LONGEST_CORRECTION, errors);
  }

  private static void longest(
      String field, String name, String text, int most, Map<String, String> errors) {
    if (text.length() > most) {
      errors.put(
          field,
          String.format(
              "%s must be %,d characters or fewer: it has %,d", name, most, text.length()));
    }
  }

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
