package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class NavigationTest {

  @Test
  void nobodySignedInGetsTheSignInLinkOnly() {
    assertThat(Navigation.of(null)).isEqualTo(new Navigation(false, "", false, false));
    AnonymousAuthenticationToken anonymous =
        new AnonymousAuthenticationToken(
            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    assertThat(Navigation.of(anonymous).signedIn()).isFalse();
  }

  @Test
  void theLinksFollowTheRolesOfWhoeverIsSignedIn() {
    Navigation councillor = Navigation.of(signedIn("cllr", Role.COUNCILLOR));
    Navigation team = Navigation.of(signedIn("pt", Role.PERFORMANCE_TEAM));
    Navigation admin = Navigation.of(signedIn("admin", Role.ADMINISTRATOR));

    assertThat(councillor).isEqualTo(new Navigation(true, "cllr", false, false));
    assertThat(councillor.teamOrAdministrator()).isFalse();
    assertThat(team).isEqualTo(new Navigation(true, "pt", true, false));
    assertThat(team.teamOrAdministrator()).isTrue();
    assertThat(admin).isEqualTo(new Navigation(true, "admin", false, true));
    assertThat(admin.teamOrAdministrator()).isTrue();
  }

  private static UsernamePasswordAuthenticationToken signedIn(String name, Role role) {
    return UsernamePasswordAuthenticationToken.authenticated(
        name, "n/a", List.of(new SimpleGrantedAuthority(role.authority())));
  }
}
