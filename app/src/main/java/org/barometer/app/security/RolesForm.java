package org.barometer.app.security;

import java.util.List;

/**
 * A change to a person's roles, as typed into the form.
 *
 * @param roles the names of the roles ticked
 * @param reason why they change
 */
public record RolesForm(List<String> roles, String reason) {

  public RolesForm {
    roles = roles == null ? List.of() : List.copyOf(roles);
    reason = Text.clean(reason);
  }
}
