package org.barometer.core.check;

import java.util.Objects;

/**
 * What is wrong with an entered figure, and in which field.
 *
 * @param field the field: {@code value}, {@code numerator} or {@code denominator}
 * @param message what is wrong, in a sentence a person can act on
 */
public record Problem(String field, String message) {

  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
