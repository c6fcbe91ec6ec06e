package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.barometer.app.clock.RunsAsOf;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

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

  @Test
  void everyPageIsGivenTheHeaderButNoRedirect() {
    SecurityContextHolder.getContext().setAuthentication(signedIn("pt", Role.PERFORMANCE_TEAM));
    try {
      RunsAsOf demo = new RunsAsOf("2016-12-15T09:00", true);
      Navigation.Interceptor interceptor = new Navigation.Interceptor(demo);
      ModelAndView page = new ModelAndView("register/indicator");
      ModelAndView redirect = new ModelAndView("redirect:/approvals");
      ModelAndView redirectView = new ModelAndView(new RedirectView("/approvals"));

      for (ModelAndView view : List.of(page, redirect, redirectView)) {
        interceptor.postHandle(
            new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), view);
      }
      interceptor.postHandle(
          new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), null);

      assertThat(page.getModel().get("nav")).isEqualTo(new Navigation(true, "pt", true, false));
      assertThat(page.getModel().get("runsAsOf")).isEqualTo(demo);
      assertThat(redirect.getModel()).doesNotContainKey("nav");
      assertThat(redirectView.getModel()).doesNotContainKey("nav");
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static UsernamePasswordAuthenticationToken signedIn(String name, Role role) {
    return UsernamePasswordAuthenticationToken.authenticated(
        name, "n/a", List.of(new SimpleGrantedAuthority(role.authority())));
  }
}
