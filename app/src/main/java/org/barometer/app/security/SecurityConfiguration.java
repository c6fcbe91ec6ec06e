package org.barometer.app.security;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/** Who may reach which pages, how people sign in, and the security headers. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /**
   * The SPC calculator's page and downloads: open to anyone, and without CSRF tokens since they
   * change nothing and store nothing.
   */
  private static final String[] CALCULATOR = {
    "/spc", "/spc/chart.svg", "/spc/chart.png", "/spc/result.csv"
  };

  /**
   * The public site and open data: published editions only, open to anyone, GET only (nothing there
   * changes anything), and never with a session.
   */
  private static final String[] PUBLIC = {
    "/public", "/public/**", "/open-data", "/open-data/**", "/accessibility"
  };

  /** Features no page of Barometer uses, refused to the page and anything it embeds. */
  private static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
          + " microphone=(), payment=(), usb=()";

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  /**
   * No Micrometer observation around each security filter, authentication and authorisation: no
   * metrics or traces are exported, and wrapping every filter of every request cost about 6% of the
   * indicator page's CPU (docs/benchmarks.md).
   */
  @Bean
  static SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * The JSON API under {@code /api}: personal tokens only, no session and so no CSRF; refusals are
   * problem details. The one exception is the SPC calculator, {@code POST /api/v1/spc}: it reads no
   * stored data, so anyone may call it without a token.
   */
  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http, ApiTokens tokens, UserAccounts accounts, java.time.Clock clock)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.POST, "/api/v1/spc")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(
            new ApiTokenFilter(tokens, accounts, clock), AnonymousAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(SecurityConfiguration::policies)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            ProblemResponses.write(
                                response,
                                401,
                                "Unauthorized",
                                "Send a personal API token: Authorization: Bearer brm_..."))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            ProblemResponses.write(
                                response, 403, "Forbidden", "This token may not do that")));
    return http.build();
  }

  /**
   * The public site and its open data: anyone may read them, by GET or HEAD only. No session is
   * made or read, so no cookie is set, no CSRF token is made and no request is remembered for after
   * signing in; the pages carry the same Content-Security-Policy as the rest.
   */
  @Bean
  @Order(2)
  SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
    http.securityMatcher(PUBLIC)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET)
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD)
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(SecurityConfiguration::pageHeaders);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain web(HttpSecurity http, SignInAddresses addresses, java.time.Clock clock)
      throws Exception {
    http.addFilterBefore(
            new AddressThrottleFilter(addresses, clock), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/", "/login", "/error", "/assets/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(CALCULATOR)
                    .permitAll()
                    .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                    .permitAll()
                    .requestMatchers(
                        "/indicators/new", "/indicators/*/edit", "/indicators/*/retire")
                    .hasRole(Role.PERFORMANCE_TEAM.name())
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMINISTRATOR.name())
                    .requestMatchers("/audit/**")
                    .hasAnyRole(Role.ADMINISTRATOR.name(), Role.PERFORMANCE_TEAM.name())
                    .anyRequest()
                    .authenticated())
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(CALCULATOR)
                    // An error page changes nothing, whatever the method of the request that
                    // failed.
                    .ignoringRequestMatchers("/error")
                    .csrfTokenRepository(new SessionCsrfTokens()))
        .formLogin(form -> form.loginPage("/login").permitAll())
        .requestCache(cache -> cache.requestCache(pagesOnly()))
        .logout(logout -> logout.logoutSuccessUrl("/?signed-out"))
        .headers(SecurityConfiguration::pageHeaders);
    return http.build();
  }

  /** The headers of every page: the policies, and the Content-Security-Policy. */
  private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
    policies(headers);
    headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
  }

  /**
   * The headers of every response, beside Spring Security's defaults: a link followed to another
   * site tells it nothing of the address it came from (report and figure addresses carry ids), and
   * no page may use a camera, microphone, location or payment.
   */
  private static void policies(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
  }

  /**
   * Remembers only a page someone asked for before signing in, to send them there after. The
   * sign-in page itself asks for the stylesheet's fonts; remembering those would land people on a
   * font.
   */
  private static RequestCache pagesOnly() {
    MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && html.matches(request));
    return cache;
  }

  /**
   * Signs people in by username and password. A locked or disabled account is refused only after
   * its password is checked, as the last step, so that its answer takes as long as any other; the
   * sign-in page gives every refusal the same message, so nobody learns that a username exists.
   */
  @Bean
  DaoAuthenticationProvider signIn(AccountDetailsService accounts, PasswordEncoder encoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(encoder);
    provider.setPreAuthenticationChecks(account -> {});
    provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    return provider;
  }

  /** bcrypt today, behind Spring's delegating encoder so stored hashes can move on later. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
