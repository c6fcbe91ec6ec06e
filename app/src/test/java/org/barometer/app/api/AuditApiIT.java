package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail through the API, with the audit page's filters, pages of 50 and readers: the
 * performance team and administrators.
 */
@IntegrationTest
class AuditApiIT {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @BeforeEach
  void givenChangesByTwoPeopleAroundMarch2013AndManyByAThird() {
    if (jdbc.sql("select count(*) from audit_event where actor like 'apiaudit.%'")
            .query(Integer.class)
            .single()
        > 0) {
      return;
    }
    event("2013-02-28T23:30:00Z", "apiaudit.a", "11", "Last day of February");
    event("2013-03-01T00:30:00Z", "apiaudit.a", "11", "First day of March");
    event("2013-03-15T12:00:00Z", "apiaudit.b", "13", "Ides of March");
    // Summer time began on 31 March 2013: 22:30 there is 23:30 in London, 23:10 is 1 April.
    event("2013-03-31T22:30:00Z", "apiaudit.b", "11", "Last evening of March, in summer time");
    event("2013-03-31T23:10:00Z", "apiaudit.a", "11", "First minutes of April");
    for (int i = 0; i < 55; i++) {
      event(
          Instant.parse("2012-01-01T00:00:00Z").plusSeconds(60L * i).toString(),
          "apiaudit.bulk",
          "16",
          "Change " + i);
    }
  }

  @Test
  void filtersByPersonNewestFirstWithOldAndNewValuesAsJson() {
    JsonNode page = ok("/api/v1/audit?person=apiaudit.b");

    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(reasons(page))
        .containsExactly("Last evening of March, in summer time", "Ides of March");
    JsonNode first = page.get("events").get(0);
    assertThat(first.get("actor").asString()).isEqualTo("apiaudit.b");
    assertThat(first.get("action").asString()).isEqualTo("figure.approved");
    assertThat(first.get("subjectType").asString()).isEqualTo("indicator");
    assertThat(first.get("subjectId").asString()).isEqualTo("11");
    assertThat(first.get("at").asString()).isEqualTo("2013-03-31T22:30:00Z");
    assertThat(first.get("oldValue").get("state").asString()).isEqualTo("DRAFT");
    assertThat(first.get("newValue").get("state").asString()).isEqualTo("APPROVED");
  }

  @Test
  void filtersByIndicatorAndByUkDaysWithBothEndsIncluded() {
    JsonNode march = ok("/api/v1/audit?indicator=11&from=2013-03-01&to=31/3/2013&person=");

    assertThat(reasons(march))
        .containsExactly("Last evening of March, in summer time", "First day of March");
  }

  @Test
  void pagesFiftyAtATime() {
    JsonNode first = ok("/api/v1/audit?person=apiaudit.bulk");
    JsonNode second = ok("/api/v1/audit?person=apiaudit.bulk&page=2");
    JsonNode pastTheEnd = ok("/api/v1/audit?person=apiaudit.bulk&page=9");

    assertThat(first.get("total").asLong()).isEqualTo(55);
    assertThat(first.get("pages").asInt()).isEqualTo(2);
    assertThat(first.get("events").size()).isEqualTo(50);
    assertThat(reasons(first).get(0)).isEqualTo("Change 54");
    assertThat(second.get("page").asInt()).isEqualTo(2);
    assertThat(reasons(second))
        .containsExactly("Change 4", "Change 3", "Change 2", "Change 1", "Change 0");
    assertThat(pastTheEnd.get("page").asInt()).isEqualTo(2);
  }

  @Test
  void refusesABadFilterNamingTheParameter() {
    HttpResponse<String> notADay = api("admin", ApiScope.READ).get("/api/v1/audit?from=31/2/2013");
    HttpResponse<String> backwards =
        api("admin", ApiScope.READ).get("/api/v1/audit?from=2013-03-02&to=2013-03-01");
    HttpResponse<String> notAPage = api("admin", ApiScope.READ).get("/api/v1/audit?page=two");

    assertThat(notADay.statusCode()).isEqualTo(400);
    assertThat(notADay.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(notADay.body())
        .contains(
            "{\"field\":\"from\",\"message\":\"Date from must be a real date, like 1/11/2016\"}");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body())
        .contains("\"field\":\"to\"")
        .contains("Date to must be the same as or after date from");
    assertThat(notAPage.statusCode()).isEqualTo(400);
    assertThat(notAPage.body()).contains("\"field\":\"page\"");
  }

  @Test
  void letsTheTeamAndAdministratorsReadWithTheReadScopeAndNobodyElse() {
    person("api.audit.admin", Role.ADMINISTRATOR);
    person("api.audit.owner", Role.DATA_OWNER);
    person("api.audit.cllr", Role.COUNCILLOR);

    assertThat(api("api.audit.admin", ApiScope.READ).get("/api/v1/audit").statusCode())
        .isEqualTo(200);
    HttpResponse<String> owner = api("api.audit.owner", ApiScope.values()).get("/api/v1/audit");
    assertThat(owner.statusCode()).isEqualTo(403);
    assertThat(owner.body()).doesNotContain("apiaudit");
    assertThat(api("api.audit.cllr", ApiScope.values()).get("/api/v1/audit").statusCode())
        .isEqualTo(403);
    assertThat(api("admin", ApiScope.WRITE, ApiScope.APPROVE).get("/api/v1/audit").statusCode())
        .isEqualTo(403);
  }

  private JsonNode ok(String path) {
    HttpResponse<String> response = api("admin", ApiScope.READ).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static List<String> reasons(JsonNode page) {
    List<String> reasons = new ArrayList<>();
    page.get("events").forEach(e -> reasons.add(e.get("reason").asString()));
    return reasons;
  }

  private ApiClient api(String username, ApiScope... scopes) {
    long user = accounts.byUsername(username).orElseThrow().id();
    return new ApiClient(port, tokens.issue(user, "test", Set.of(scopes), clock.instant()));
  }

  private void person(String username, Role role) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(username, username, null, "x", Set.of(role), clock.instant());
    }
  }

  private void event(String at, String actor, String indicator, String reason) {
    jdbc.sql(
            """
            insert into audit_event
              (occurred_at, actor, action, subject_type, subject_id, old_value, new_value, reason)
            values (?, ?, 'figure.approved', 'indicator', ?, '{"state": "DRAFT"}'::jsonb,
                    '{"state": "APPROVED"}'::jsonb, ?)
            """)
        .params(Timestamp.from(Instant.parse(at)), actor, indicator, reason)
        .update();
  }
}
