package org.barometer.app.action;

import org.barometer.app.form.DateField;

/**
 * A revised due date, for an action or one of its milestones, as typed or sent: text until read.
 *
 * @param dueDay the day of the new date
 * @param dueMonth its month
 * @param dueYear its year
 * @param reason why the date moves
 * @param version the version of the action the form was opened on
 */
public record DueDateForm(
    String dueDay, String dueMonth, String dueYear, String reason, Integer version) {

  public DueDateForm {
    reason = reason == null ? "" : reason.strip();
  }

  public DateField.Parts due() {
    return new DateField.Parts(dueDay, dueMonth, dueYear);
  }

  public static DueDateForm blank(int version) {
    return new DueDateForm("", "", "", "", version);
  }

  /** The same form, now based on another version. */
  public DueDateForm basedOn(int newVersion) {
    return new DueDateForm(dueDay, dueMonth, dueYear, reason, newVersion);
  }
}
