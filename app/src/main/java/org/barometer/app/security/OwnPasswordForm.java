package org.barometer.app.security;

/**
 * A person changing their own password. Passwords are kept as typed: spaces count.
 *
 * @param currentPassword the password they signed in with
 * @param newPassword the new one
 * @param confirmPassword the new one again
 */
public record OwnPasswordForm(String currentPassword, String newPassword, String confirmPassword) {

  public OwnPasswordForm {
    currentPassword = currentPassword == null ? "" : currentPassword;
    newPassword = newPassword == null ? "" : newPassword;
    confirmPassword = confirmPassword == null ? "" : confirmPassword;
  }
}
