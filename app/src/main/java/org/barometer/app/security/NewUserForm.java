package org.barometer.app.security;

import java.util.List;
import java.util.Locale;

/**
 * A new account as typed into the form: every field is text until it is checked.
 *
 * @param username how the person signs in; turned to lower case
 * @param displayName the person's name as shown on pages
 * @param email their email address, optional
 * @param roles the names of the roles ticked
 * @param password the first password; empty to have one made up and shown once
 */
public record NewUserForm(
    String username, String displayName, String email, List<String> roles, String password) {

  public NewUserForm {
    username = Text.clean(username).toLowerCase(Locale.ROOT);
    displayName = Text.clean(displayName);
    email = Text.clean(email);
    roles = roles == null ? List.of() : List.copyOf(roles);
    password = password == null ? "" : password;
  }

  public static NewUserForm empty() {
    return new NewUserForm("", "", "", List.of(), "");
  }
}
