package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.support.ApiClient;
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
 * Who may do what, endpoint by endpoint: every page (GET and POST) and every API operation, for
 * each kind of person. The data owner owns indicator 5 ({own}) and not indicator 6 ({other}), and
 * actions 33 ({ownAction}, with milestones) and 35 ({ownDated}, with a date of its own) and not
 * actions 34 ({otherAction}) and 36 ({otherDated}). A POST sends an empty form (with a valid CSRF
 * token), an API change an empty body: those let in are told what is wrong (200 with the form
 * again, or 422) and nothing changes. The SPC calculator ({@code POST /api/v1/spc}) is open to
 * anyone, a token or none: an empty body is a 422 for all. docs/administration.md shows the same
 * table.
 */
@IntegrationTest
class PermissionTableIT {

  private static final String PASSWORD = "permission-password-1";
  private static final Map<String, WebClient> BROWSERS = new HashMap<>();
  private static final Map<String, String> TOKENS = new HashMap<>();

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
      return "perm." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired Indicators indicators;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @BeforeEach
  void givenOnePersonWithEachRoleAUserToChangeAndAnIndicatorOwned() {
    for (Asker asker : Asker.values()) {
      if (asker.role != null) {
        person(asker.username(), asker.role);
      }
    }
    person("perm.target", Role.COUNCILLOR);
    long owner = accounts.byUsername(Asker.DATA_OWNER.username()).orElseThrow().id();
    IndicatorVersion own = indicators.currentByCode("5").orElseThrow();
    if (!own.definition().ownerUserId().equals(Optional.of(owner))) {
      indicators.revise(
          own.indicatorId(),
          own.version(),
          own.definition().withOwner(Optional.of(owner)),
          "test",
          clock.instant(),
          "The permission table's data owner");
    }
    jdbc.sql("update action set owner_user_id = ? where code in ('33', '35')")
        .param(owner)
        .update();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # method | page                                        | anonymous | councillor | data owner | team | administrator
          GET      | /                                           | 200       | 200        | 200        | 200  | 200
          GET      | /login                                      | 200       | 200        | 200        | 200  | 200
          GET      | /public                                     | 200       | 200        | 200        | 200  | 200
          GET      | /public/indicators                          | 200       | 200        | 200        | 200  | 200
          GET      | /public/actions                             | 200       | 200        | 200        | 200  | 200
          GET      | /public/reports/2000-01                     | 404       | 404        | 404        | 404  | 404
          GET      | /open-data                                  | 200       | 200        | 200        | 200  | 200
          GET      | /accessibility                              | 200       | 200        | 200        | 200  | 200
          POST     | /public                                     | 403       | 403        | 403        | 403  | 403
          GET      | /indicators                                 | login     | 200        | 200        | 200  | 200
          GET      | /indicators?owner={owner}&status=RED        | login     | 200        | 200        | 200  | 200
          GET      | /indicators/{own}                           | login     | 200        | 200        | 200  | 200
          GET      | /indicators/new                             | login     | 403        | 403        | 200  | 403
          POST     | /indicators/new                             | login     | 403        | 403        | 200  | 403
          GET      | /indicators/{own}/edit                      | login     | 403        | 403        | 200  | 403
          POST     | /indicators/{own}/edit                      | login     | 403        | 403        | 200  | 403
          POST     | /indicators/{own}/retire                    | login     | 403        | 403        | 200  | 403
          GET      | /indicators/{own}/owner                     | login     | 403        | 403        | 200  | 403
          POST     | /indicators/{own}/owner                     | login     | 403        | 403        | 200  | 403
          GET      | /indicators/{own}/figures                   | login     | 200        | 200        | 200  | 200
          GET      | /indicators/{own}/targets/2017-18           | login     | 200        | 200        | 200  | 200
          GET      | /indicators/{own}/targets/2030-31/edit      | login     | 403        | 403        | 200  | 403
          POST     | /indicators/{own}/targets/2030-31/edit      | login     | 403        | 403        | 200  | 403
          GET      | /indicators/{own}/figures/2016-12           | login     | 403        | 200        | 200  | 403
          POST     | /indicators/{own}/figures/2016-12           | login     | 403        | 200        | 200  | 403
          GET      | /indicators/{other}/figures/2016-12         | login     | 403        | 403        | 200  | 403
          POST     | /indicators/{other}/figures/2016-12         | login     | 403        | 403        | 200  | 403
          POST     | /indicators/{own}/status/2016-11            | login     | 403        | 403        | 302  | 403
          GET      | /indicators/{own}/chart                     | login     | 200        | 200        | 200  | 200
          POST     | /indicators/{own}/chart/recalculations      | login     | 403        | 403        | 200  | 403
          POST     | /indicators/{own}/chart/recalculations/remove | login   | 403        | 403        | 200  | 403
          POST     | /indicators/{own}/chart/baseline            | login     | 403        | 403        | 200  | 403
          GET      | /spc                                        | 200       | 200        | 200        | 200  | 200
          POST     | /spc                                        | 200       | 200        | 200        | 200  | 200
          POST     | /spc/chart.svg                              | 422       | 422        | 422        | 422  | 422
          POST     | /spc/chart.png                              | 422       | 422        | 422        | 422  | 422
          POST     | /spc/result.csv                             | 422       | 422        | 422        | 422  | 422
          GET      | /spc/settings                               | login     | 403        | 403        | 200  | 403
          POST     | /spc/settings                               | login     | 403        | 403        | 200  | 403
          GET      | /reports                                    | login     | 200        | 200        | 200  | 200
          GET      | /reports/2016-11                            | login     | 403        | 200        | 200  | 200
          GET      | /reports/2016-11/packs/committee-people     | login     | 403        | 200        | 200  | 200
          GET      | /reports/2016-11/files/all.csv              | login     | 403        | 200        | 200  | 200
          POST     | /reports/2016-11/publish                    | login     | 403        | 403        | 200  | 403
          GET      | /reports/2016-11/exceptions/{own}           | login     | 403        | 200        | 200  | 403
          POST     | /reports/2016-11/exceptions/{own}           | login     | 403        | 200        | 200  | 403
          GET      | /reports/2016-11/exceptions/{other}         | login     | 403        | 403        | 200  | 403
          POST     | /reports/2016-11/exceptions/{other}         | login     | 403        | 403        | 200  | 403
          GET      | /my-figures                                 | login     | 200        | 200        | 200  | 200
          GET      | /actions                                    | login     | 200        | 200        | 200  | 200
          GET      | /actions?aim={aim}&status=RED               | login     | 200        | 200        | 200  | 200
          GET      | /actions/{ownAction}                        | login     | 200        | 200        | 200  | 200
          GET      | /actions/{ownAction}/progress/2017-06       | login     | 403        | 200        | 200  | 403
          POST     | /actions/{ownAction}/progress/2017-06       | login     | 403        | 200        | 200  | 403
          GET      | /actions/{otherAction}/progress/2017-06     | login     | 403        | 403        | 200  | 403
          POST     | /actions/{otherAction}/progress/2017-06     | login     | 403        | 403        | 200  | 403
          POST     | /actions/{ownAction}/progress/2017-06/decision | login  | 403        | 403        | 200  | 403
          GET      | /actions/{ownAction}/owner                  | login     | 403        | 403        | 200  | 403
          GET      | /actions/{ownAction}/placement              | login     | 403        | 403        | 200  | 403
          POST     | /actions/{ownAction}/owner                  | login     | 403        | 403        | 200  | 403
          POST     | /actions/{ownAction}/placement              | login     | 403        | 403        | 200  | 403
          GET      | /my-actions                                 | login     | 200        | 200        | 200  | 200
          GET      | /actions/export.csv                         | login     | 200        | 200        | 200  | 200
          GET      | /actions/export.xlsx                        | login     | 200        | 200        | 200  | 200
          GET      | /actions/import                             | login     | 403        | 403        | 200  | 403
          POST     | /actions/import                             | login     | 403        | 403        | 200  | 403
          GET      | /actions/milestones                         | login     | 200        | 200        | 200  | 200
          GET      | /actions/milestones?days=0                  | login     | 200        | 200        | 200  | 200
          GET      | /actions/{ownDated}/due                     | login     | 403        | 200        | 200  | 403
          POST     | /actions/{ownDated}/due                     | login     | 403        | 200        | 200  | 403
          GET      | /actions/{otherDated}/due                   | login     | 403        | 403        | 200  | 403
          GET      | /actions/{ownAction}/milestones/1           | login     | 403        | 200        | 200  | 403
          POST     | /actions/{ownAction}/milestones/1/due       | login     | 403        | 200        | 200  | 403
          POST     | /actions/{ownAction}/milestones/1/completion | login    | 403        | 200        | 200  | 403
          GET      | /actions/{otherAction}/milestones/1         | login     | 403        | 403        | 200  | 403
          POST     | /actions/{otherAction}/milestones/1/completion | login  | 403        | 403        | 200  | 403
          GET      | /approvals                                  | login     | 403        | 403        | 200  | 403
          POST     | /approvals/{figure}?decision=return&version=0 | login   | 403        | 403        | 200  | 403
          GET      | /audit                                      | login     | 403        | 403        | 200  | 200
          GET      | /audit?person=admin&from=1/1/2016           | login     | 403        | 403        | 200  | 200
          GET      | /account/password                           | login     | 200        | 200        | 200  | 200
          POST     | /account/password                           | login     | 200        | 200        | 200  | 200
          GET      | /account/tokens                             | login     | 200        | 200        | 200  | 200
          POST     | /account/tokens                             | login     | 200        | 200        | 200  | 200
          POST     | /account/tokens/{token}/revoke              | login     | 302        | 302        | 302  | 302
          GET      | /admin                                      | login     | 403        | 403        | 403  | 200
          GET      | /admin/users                                | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/new                            | login     | 403        | 403        | 403  | 200
          POST     | /admin/users                                | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}                         | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}/roles                   | login     | 403        | 403        | 403  | 200
          POST     | /admin/users/{user}/roles                   | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}/status                  | login     | 403        | 403        | 403  | 200
          POST     | /admin/users/{user}/status                  | login     | 403        | 403        | 403  | 200
          GET      | /admin/users/{user}/password                | login     | 403        | 403        | 403  | 200
          POST     | /admin/users/{user}/password                | login     | 403        | 403        | 403  | 200
          GET      | /admin/organisation                         | login     | 403        | 403        | 403  | 200
          GET      | /admin/organisation/services/new            | login     | 403        | 403        | 403  | 200
          POST     | /admin/organisation/services/new            | login     | 403        | 403        | 403  | 200
          GET      | /admin/organisation/departments/{dept}      | login     | 403        | 403        | 403  | 200
          POST     | /admin/organisation/departments/{dept}      | login     | 403        | 403        | 403  | 200
          GET      | /admin/settings                             | login     | 403        | 403        | 403  | 200
          POST     | /admin/settings                             | login     | 403        | 403        | 403  | 200
          """)
  void letsOnlyThoseWhoseRoleAllowsItReachEachPage(
      String method,
      String path,
      String anonymous,
      String councillor,
      String dataOwner,
      String team,
      String administrator) {
    String url = withIds(path);
    check(
        method + " " + url,
        expected(anonymous, councillor, dataOwner, team, administrator),
        asker -> outcomeOf(page(asker, method, url)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # method | operation (a token with every scope)         | anonymous | councillor | data owner | team | administrator
          GET      | /v3/api-docs                                 | 200       | 200        | 200        | 200  | 200
          GET      | /actuator/health                             | 200       | 200        | 200        | 200  | 200
          POST     | /api/v1/spc                                  | 422       | 422        | 422        | 422  | 422
          GET      | /api/v1/indicators                           | 401       | 200        | 200        | 200  | 200
          GET      | /api/v1/indicators/{own}                     | 401       | 200        | 200        | 200  | 200
          PUT      | /api/v1/indicators/{own}/figures/2016-12     | 401       | 403        | 422        | 422  | 403
          PUT      | /api/v1/indicators/{other}/figures/2016-12   | 401       | 403        | 403        | 422  | 403
          POST     | /api/v1/figures/{figure}/decision            | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/my-figures                           | 401       | 200        | 200        | 200  | 200
          GET      | /api/v1/approvals                            | 401       | 403        | 403        | 200  | 403
          POST     | /api/v1/indicators/{own}/status/2016-11      | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/audit                                | 401       | 403        | 403        | 200  | 200
          GET      | /api/v1/reports                              | 401       | 200        | 200        | 200  | 200
          GET      | /api/v1/reports/2016-11?pack=committee-place | 401       | 403        | 200        | 200  | 200
          PUT      | /api/v1/reports/2016-11/exceptions/{own}     | 401       | 403        | 422        | 422  | 403
          PUT      | /api/v1/reports/2016-11/exceptions/{other}   | 401       | 403        | 403        | 422  | 403
          POST     | /api/v1/reports/2016-11/publish              | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/audit?person=admin&from=2016-01-01   | 401       | 403        | 403        | 200  | 200
          POST     | /api/v1/indicators                           | 401       | 403        | 403        | 422  | 403
          PUT      | /api/v1/indicators/{own}                     | 401       | 403        | 403        | 422  | 403
          POST     | /api/v1/indicators/{own}/retire              | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/indicators/{own}/versions            | 401       | 200        | 200        | 200  | 200
          PUT      | /api/v1/indicators/{own}/owner               | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/indicators/{own}/targets             | 401       | 200        | 200        | 200  | 200
          GET      | /api/v1/indicators/{own}/targets/2017-18     | 401       | 200        | 200        | 200  | 200
          POST     | /api/v1/indicators/{own}/targets/2030-31     | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/actions                              | 401       | 200        | 200        | 200  | 200
          GET      | /api/v1/actions/{ownAction}                  | 401       | 200        | 200        | 200  | 200
          PUT      | /api/v1/actions/{ownAction}/progress/2017-06 | 401       | 403        | 422        | 422  | 403
          PUT      | /api/v1/actions/{otherAction}/progress/2017-06 | 401     | 403        | 403        | 422  | 403
          PUT      | /api/v1/actions/{ownAction}/owner            | 401       | 403        | 403        | 422  | 403
          PUT      | /api/v1/actions/{ownAction}/placement        | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/my-actions                           | 401       | 200        | 200        | 200  | 200
          POST     | /api/v1/actions/import                       | 401       | 403        | 403        | 422  | 403
          GET      | /api/v1/actions/milestones                   | 401       | 200        | 200        | 200  | 200
          GET      | /api/v1/actions/milestones?days=0            | 401       | 400        | 400        | 400  | 400
          PUT      | /api/v1/actions/{ownDated}/due               | 401       | 403        | 422        | 422  | 403
          PUT      | /api/v1/actions/{otherDated}/due             | 401       | 403        | 403        | 422  | 403
          PUT      | /api/v1/actions/{ownAction}/milestones/1/due | 401       | 403        | 422        | 422  | 403
          PUT      | /api/v1/actions/{otherAction}/milestones/1/completion | 401 | 403      | 403        | 422  | 403
          GET      | /api/v1/admin/users                          | 401       | 403        | 403        | 403  | 200
          GET      | /api/v1/admin/users/{user}                   | 401       | 403        | 403        | 403  | 200
          POST     | /api/v1/admin/users                          | 401       | 403        | 403        | 403  | 422
          PUT      | /api/v1/admin/users/{user}/roles             | 401       | 403        | 403        | 403  | 422
          PUT      | /api/v1/admin/users/{user}/status            | 401       | 403        | 403        | 403  | 422
          GET      | /api/v1/admin/organisation/departments       | 401       | 403        | 403        | 403  | 200
          POST     | /api/v1/admin/organisation/departments       | 401       | 403        | 403        | 403  | 422
          PUT      | /api/v1/admin/organisation/departments/{dept} | 401      | 403        | 403        | 403  | 422
          GET      | /api/v1/admin/settings                       | 401       | 403        | 403        | 403  | 200
          PUT      | /api/v1/admin/settings                       | 401       | 403        | 403        | 403  | 422
          """)
  void letsOnlyThoseWhoseRoleAllowsItCallEachOperation(
      String method,
      String path,
      String anonymous,
      String councillor,
      String dataOwner,
      String team,
      String administrator) {
    String url = withIds(path);
    // An empty change, but a decision must say which, or it is refused before anyone is asked.
    String body = url.endsWith("/decision") ? "{\"decision\":\"return\",\"version\":0}" : "{}";
    check(
        method + " " + url,
        expected(anonymous, councillor, dataOwner, team, administrator),
        asker -> {
          ApiClient api = new ApiClient(port, asker.role == null ? null : tokenOf(asker));
          return Integer.toString(
              api.send(method, url, "GET".equals(method) ? null : body).statusCode());
        });
  }

  private static Map<Asker, String> expected(
      String anonymous, String councillor, String dataOwner, String team, String administrator) {
    Map<Asker, String> expected = new EnumMap<>(Asker.class);
    expected.put(Asker.ANONYMOUS, anonymous);
    expected.put(Asker.COUNCILLOR, councillor);
    expected.put(Asker.DATA_OWNER, dataOwner);
    expected.put(Asker.PERFORMANCE_TEAM, team);
    expected.put(Asker.ADMINISTRATOR, administrator);
    return expected;
  }

  private static void check(
      String request,
      Map<Asker, String> expected,
      java.util.function.Function<Asker, String> outcome) {
    SoftAssertions softly = new SoftAssertions();
    expected.forEach(
        (asker, wanted) ->
            softly
                .assertThat(outcome.apply(asker))
                .as("%s by %s", request, asker)
                .isEqualTo(wanted));
    softly.assertAll();
  }

  private HttpResponse<String> page(Asker asker, String method, String url) {
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

  private String tokenOf(Asker asker) {
    return TOKENS.computeIfAbsent(
        port + asker.name(),
        key ->
            tokens.issue(
                accounts.byUsername(asker.username()).orElseThrow().id(),
                "permission table",
                Set.of(ApiScope.values()),
                clock.instant()));
  }

  private void person(String username, Role role) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(
          username, username, null, encoder.encode(PASSWORD), Set.of(role), clock.instant());
    }
  }

  private String withIds(String path) {
    long target = accounts.byUsername("perm.target").orElseThrow().id();
    return path.replace("{user}", Long.toString(target))
        .replace("{owner}", Long.toString(idOf(Asker.DATA_OWNER.username())))
        .replace("{dept}", query("select min(id) from department"))
        .replace("{aim}", query("select min(id) from aim"))
        .replace("{ownAction}", "33")
        .replace("{otherAction}", "34")
        .replace("{ownDated}", "35")
        .replace("{otherDated}", "36")
        .replace("{own}", "5")
        .replace("{other}", "6")
        .replace(
            "{figure}",
            query(
                "select min(m.id) from measurement m join indicator i on i.id = m.indicator_id"
                    + " where i.code = '5'"))
        .replace("{token}", Long.toString(tokenOfTarget(target)));
  }

  /** A token of someone else's, which nobody asking may revoke. */
  private long tokenOfTarget(long target) {
    if (tokens.of(target).isEmpty()) {
      tokens.issue(target, "not yours", Set.of(ApiScope.READ), clock.instant());
    }
    return tokens.of(target).get(0).id();
  }

  private long idOf(String username) {
    return accounts.byUsername(username).orElseThrow().id();
  }

  private String query(String sql) {
    return Long.toString(jdbc.sql(sql).query(Long.class).single());
  }

  private static String outcomeOf(HttpResponse<String> response) {
    if (response.statusCode() == 302
        && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
      return "login";
    }
    return Integer.toString(response.statusCode());
  }
}
