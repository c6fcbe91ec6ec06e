package org.barometer.core.statistics;

/**
 * Why a series or its settings cannot be charted.
 *
 * @param field the field at fault, named as in the API ({@code settings.recalculate_at[1]})
 * @param message what is wrong with it, in plain English
 */
public record SpcProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
