package org.barometer.app.action;

import org.barometer.app.form.DateField;

/**
 * The day a milestone was completed, as typed or sent.
 *
 * @param completedDay its day
 * @param completedMonth its month
 * @param completedYear its year
 * @param version the version of the action the form was opened on
 */
public record CompletionForm(
    String completedDay, String completedMonth, String completedYear, Integer version) {

  public DateField.Parts completedOn() {
    return new DateField.Parts(completedDay, completedMonth, completedYear);
  }

  public static CompletionForm blank(int version) {
    return new CompletionForm("", "", "", version);
  }

  /** The same form, now based on another version. */
  public CompletionForm basedOn(int newVersion) {
    return new CompletionForm(completedDay, completedMonth, completedYear, newVersion);
  }
}
