package org.barometer.app.action;

import org.barometer.app.form.DateField;

/**
 * A month's progress as typed into the form or sent to the API: text until it is checked.
 *
 * @param status a {@link org.barometer.core.action.ProgressStatus} name
 * @param percentComplete a whole number from 0 to 100, or empty
 * @param commentary the owner's commentary
 * @param reason why the action is cancelled or deferred
 * @param completedDay the day it was completed
 * @param completedMonth the month it was completed
 * @param completedYear the year it was completed
 * @param version the version of the month's progress the form was opened on; null when it had none
 * @param action {@code submit} to send it for approval, else it is kept as a draft
 */
public record ProgressForm(
    String status,
    String percentComplete,
    String commentary,
    String reason,
    String completedDay,
    String completedMonth,
    String completedYear,
    Integer version,
    String action) {

  public ProgressForm {
    status = clean(status);
    percentComplete = clean(percentComplete);
    commentary = clean(commentary);
    reason = clean(reason);
  }

  public boolean submitting() {
    return "submit".equals(action);
  }

  public DateField.Parts completedOn() {
    return new DateField.Parts(completedDay, completedMonth, completedYear);
  }

  public static ProgressForm blank() {
    return new ProgressForm("", "", "", "", "", "", "", null, "");
  }

  /** The form filled from what is stored, to change it. */
  public static ProgressForm of(StoredProgress stored) {
    var p = stored.progress();
    DateField.Parts done =
        p.completedOn().map(DateField.Parts::of).orElse(new DateField.Parts("", "", ""));
    return new ProgressForm(
        p.status().name(),
        p.percentComplete().map(String::valueOf).orElse(""),
        p.commentary(),
        p.reason(),
        done.day(),
        done.month(),
        done.year(),
        stored.version(),
        "");
  }

  /** The same form, now based on another version. */
  public ProgressForm basedOn(Integer newVersion) {
    return new ProgressForm(
        status,
        percentComplete,
        commentary,
        reason,
        completedDay,
        completedMonth,
        completedYear,
        newVersion,
        action);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
