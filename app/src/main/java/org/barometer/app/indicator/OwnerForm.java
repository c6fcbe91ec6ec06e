package org.barometer.app.indicator;

/**
 * The owner chosen for an indicator, as typed into the form.
 *
 * @param owner the id of the data owner chosen, or empty for none
 * @param reason why the owner changes
 * @param version the version of the definition the form was opened on
 */
public record OwnerForm(String owner, String reason, Integer version) {

  public OwnerForm {
    owner = owner == null ? "" : owner.strip();
    reason = reason == null ? "" : reason.strip();
  }
}
