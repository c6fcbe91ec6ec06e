package org.barometer.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.barometer.app.clock.RunsAsOf;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

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

  /**
   * Puts the header's choices in the model of every page as {@code nav}, after its controller and
   * before the page is drawn; not into a redirect's model, whose attributes would become the new
   * address's query. (An {@code @ModelAttribute} method in a controller advice did the same, but
   * Spring then made a handler for it on every request, scanning its annotations each time: 7% of a
   * kept page's time.)
   */
  static final class Interceptor implements HandlerInterceptor {

    private final RunsAsOf runsAsOf;

    Interceptor(RunsAsOf runsAsOf) {
      this.runsAsOf = runsAsOf;
    }

    @Override
    public void postHandle(
        HttpServletRequest request,
        HttpServletResponse response,
        Object handler,
        ModelAndView page) {
      if (page == null || page.wasCleared() || redirect(page)) {
        return;
      }
      page.addObject("nav", of(SecurityContextHolder.getContext().getAuthentication()));
      page.addObject("runsAsOf", runsAsOf);
    }

    private static boolean redirect(ModelAndView page) {
      String name = page.getViewName();
      return page.getView() instanceof RedirectView
          || (name != null && name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX));
    }
  }

  /** Adds the interceptor to Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  static class Registration implements WebMvcConfigurer {

    private final RunsAsOf runsAsOf;

    Registration(RunsAsOf runsAsOf) {
      this.runsAsOf = runsAsOf;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
      registry.addInterceptor(new Interceptor(runsAsOf));
    }
  }
}
