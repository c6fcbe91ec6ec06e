package org.barometer.app.action;

/**
 * Who owns an action and who leads it, as typed into the form or sent to the API.
 *
 * @param owner the id of the data owner who reports its progress, or empty for nobody
 * @param leadOfficer the officer who leads it, by name; may be empty
 * @param reason why they change
 * @param version the version of the action the form was opened on
 */
public record ActionOwnerForm(String owner, String leadOfficer, String reason, Integer version) {

  public ActionOwnerForm {
    owner = owner == null ? "" : owner.strip();
    leadOfficer = leadOfficer == null ? "" : leadOfficer.strip();
    reason = reason == null ? "" : reason.strip();
  }

  /** The form filled from the action as stored. */
  public static ActionOwnerForm of(StoredAction action) {
    ActionDefinition d = action.definition();
    return new ActionOwnerForm(
        d.ownerUserId().map(String::valueOf).orElse(""), d.leadOfficer(), "", action.version());
  }

  /** The same choice, now based on another version. */
  public ActionOwnerForm basedOn(int newVersion) {
    return new ActionOwnerForm(owner, leadOfficer, reason, newVersion);
  }
}
