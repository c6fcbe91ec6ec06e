package org.barometer.app.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header offers the person asking, worked out once a request from their roles, so that the
 * layout does not evaluate a security expression for each of its links.
 *
 * @param signedIn whether someone is signed in
 * @param name their username, or empty
 * @param team whether they are in the performance team
 * @param administrator whether they are an administrator
 */
public record Navigation(boolean signedIn, String name, boolean team, boolean administrator) {

  /** The header for whoever the request comes from; anonymous when nobody is signed in. */
  static Navigation of(Authentication who) {
    if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
      return new Navigation(false, "", false, false);
    }
    return new Navigation(
        true, who.getName(), has(who, Role.PERFORMANCE_TEAM), has(who, Role.ADMINISTRATOR));
  }

  /** Whether they may see the audit trail and the timeliness page. */
  public boolean teamOrAdministrator() {
    return team || administrator;
  }

  private static boolean has(Authentication who, Role role) {
    String authority = role.authority();
    for (GrantedAuthority granted : who.getAuthorities()) {
      if (authority.equals(granted.getAuthority())) {
        return true;
      }
    }
    return false;
  }

  /** Puts the header's choices in the model of every page as {@code nav}. */
  @ControllerAdvice
  static class Advice {

    @ModelAttribute("nav")
    Navigation nav(Authentication who) {
      return Navigation.of(who);
    }
  }
}
