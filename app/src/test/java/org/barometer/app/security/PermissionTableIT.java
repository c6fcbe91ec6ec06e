package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may reach each administration page, the audit page and the owner page, for each kind of
 * person. A POST sends an empty form with a valid CSRF token: those let in see the form again with
 * its errors (200) and nothing changes, except a made-up password for the target user.
 */
@IntegrationTest
class AdministrationPermissionsIT {

  private static final String PASSWORD = "permission-password-1";
  private static final Map<String, WebClient> BROWSERS = new HashMap<>();

  /** The people who ask, by the role they have; anonymous has no account. */
  enum Asker {
    ANONYMOUS(null),
    COUNCILLOR(Role.COUNCILLOR),
    DATA_OWNER(Role.DATA_OWNER),
    PERFORMANCE_TEAM(Role.PERFORMANCE_TEAM),
    ADMINISTRATOR(Role.ADMINISTRATOR);

    final Role role;

    Asker(Role role) {
      this.role = role;
    }

    String username() {
      return "perm." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @BeforeEach
  void givenOnePersonWithEachRoleAndAUserToChange() {
    for (Asker asker : Asker.values()) {
      if (asker.role != null && accounts.byUsername(asker.username()).isEmpty()) {
        accounts.add(
            asker.username(),
            asker.name(),
            null,
            encoder.encode(PASSWORD),
            Set.of(asker.role),
            clock.instant());
      }
    }
    if (accounts.byUsername("perm.target").isEmpty()) {
      accounts.add(
          "perm.target",
          "Target",
          null,
          encoder.encode(PASSWORD),
          Set.of(Role.COUNCILLOR),
          clock.instant());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # method | path                                    | anonymous | councillor | data owner | team | administrator
          GET      | /admin                                  | login     | 403        | 403        | 403  | 200
          GET      | /admin/users                            | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/new                        | login     | 403        | 403        | 403  | 200
          POST     | /admin/users                            | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}                     | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}/roles               | login     | 403        | 403        | 403  | 200
          POST     | /admin/users/{user}/roles               | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}/status              | login     | 403        | 403        | 403  | 200
          POST     | /admin/users/{user}/status              | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}/password            | login     | 403        | 403        | 403  | 200
          POST     | /admin/users/{user}/password            | login     | 403        | 403        | 403  | 200
          GET      | /admin/organisation                     | login     | 403        | 403        | 403  | 200
          GET      | /admin/organisation/services/new        | login     | 403        | 403        | 403  | 200
          POST     | /admin/organisation/services/new        | login     | 403        | 403        | 403  | 200
          GET      | /admin/organisation/departments/{dept}  | login     | 403        | 403        | 403  | 200
          POST     | /admin/organisation/departments/{dept}  | login     | 403        | 403        | 403  | 200
          GET      | /admin/settings                         | login     | 403        | 403        | 403  | 200
          POST     | /admin/settings                         | login     | 403        | 403        | 403  | 200
          GET      | /indicators/14/owner                    | login     | 403        | 403        | 200  | 403
          POST     | /indicators/14/owner                    | login     | 403        | 403        | 200  | 403
          GET      | /audit                                  | login     | 403        | 403        | 200  | 200
          GET      | /audit?person=admin&from=1/1/2016       | login     | 403        | 403        | 200  | 200
          GET      | /account/password                       | login     | 200        | 200        | 200  | 200
          POST     | /account/password                       | login     | 200        | 200        | 200  | 200
          """)
  void letsInOnlyThoseWhoseRoleAllowsIt(
      String method,
      String path,
      String anonymous,
      String councillor,
      String dataOwner,
      String team,
      String administrator) {
    Map<Asker, String> expected = new EnumMap<>(Asker.class);
    expected.put(Asker.ANONYMOUS, anonymous);
    expected.put(Asker.COUNCILLOR, councillor);
    expected.put(Asker.DATA_OWNER, dataOwner);
    expected.put(Asker.PERFORMANCE_TEAM, team);
    expected.put(Asker.ADMINISTRATOR, administrator);
    String url = withIds(path);

    SoftAssertions softly = new SoftAssertions();
    expected.forEach(
        (asker, outcome) ->
            softly
                .assertThat(outcomeOf(request(asker, method, url)))
                .as("%s %s by %s", method, url, asker)
                .isEqualTo(outcome));
    softly.assertAll();
  }

  private HttpResponse<String> request(Asker asker, String method, String url) {
    WebClient browser = browserOf(asker);
    if ("GET".equals(method)) {
      return browser.get(url);
    }
    String pageWithToken = asker == Asker.ANONYMOUS ? "/login" : "/";
    return browser.submit(pageWithToken, url, Map.of());
  }

  private WebClient browserOf(Asker asker) {
    return BROWSERS.computeIfAbsent(
        port + asker.name(),
        key -> {
          WebClient browser = new WebClient(port);
          if (asker.role != null) {
            assertThat(browser.signIn(asker.username(), PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
          }
          return browser;
        });
  }

  private String withIds(String path) {
    long user = accounts.byUsername("perm.target").orElseThrow().id();
    long department = jdbc.sql("select min(id) from department").query(Long.class).single();
    return path.replace("{user}", Long.toString(user)).replace("{dept}", Long.toString(department));
  }

  private static String outcomeOf(HttpResponse<String> response) {
    if (response.statusCode() == 302
        && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
      return "login";
    }
    return Integer.toString(response.statusCode());
  }
}
