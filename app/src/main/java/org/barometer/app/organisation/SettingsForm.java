package org.barometer.app.organisation;

/**
 * The organisation's settings as typed into their form.
 *
 * @param toleranceKind {@code RELATIVE} (a share of the target) or {@code ABSOLUTE} (an amount)
 * @param toleranceValue a percentage for a share, like 10; an amount in the indicator's unit
 * @param dueWorkingDays the working day after a period ends on which its figures are due
 * @param organisationName the organisation's name, as its reports print it
 * @param councillorsSeeDrafts {@code true} when councillors read draft reports, {@code false} when
 *     they read published editions only
 * @param reason why the settings change
 */
public record SettingsForm(
    String toleranceKind,
    String toleranceValue,
    String dueWorkingDays,
    String organisationName,
    String councillorsSeeDrafts,
    String reason) {

  public SettingsForm {
    toleranceKind = clean(toleranceKind);
    toleranceValue = clean(toleranceValue);
    dueWorkingDays = clean(dueWorkingDays);
    organisationName = clean(organisationName);
    councillorsSeeDrafts = clean(councillorsSeeDrafts);
    reason = clean(reason);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
