package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiPeople;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
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
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  ApiPeople people;

  @BeforeEach
  void givenChangesByTwoPeopleAroundMarch2013AndManyByAThird() {
    people = new ApiPeople(port, accounts, tokens, clock);
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
    HttpResponse<String> notADay =
        people.api("admin", ApiScope.READ).get("/api/v1/audit?from=31/2/2013");
    HttpResponse<String> backwards =
        people.api("admin", ApiScope.READ).get("/api/v1/audit?from=2013-03-02&to=2013-03-01");
    HttpResponse<String> notAPage =
        people.api("admin", ApiScope.READ).get("/api/v1/audit?page=two");

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
    people.person("api.audit.admin", Role.ADMINISTRATOR);
    people.person("api.audit.owner", Role.DATA_OWNER);
    people.person("api.audit.cllr", Role.COUNCILLOR);

    assertThat(people.api("api.audit.admin", ApiScope.READ).get("/api/v1/audit").statusCode())
        .isEqualTo(200);
    HttpResponse<String> owner =
        people.api("api.audit.owner", ApiScope.values()).get("/api/v1/audit");
    assertThat(owner.statusCode()).isEqualTo(403);
    assertThat(owner.body()).doesNotContain("apiaudit");
    assertThat(people.api("api.audit.cllr", ApiScope.values()).get("/api/v1/audit").statusCode())
        .isEqualTo(403);
    assertThat(
            people.api("admin", ApiScope.WRITE, ApiScope.APPROVE).get("/api/v1/audit").statusCode())
        .isEqualTo(403);
  }

  private JsonNode ok(String path) {
    HttpResponse<String> response = people.api("admin", ApiScope.READ).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static List<String> reasons(JsonNode page) {
    List<String> reasons = new ArrayList<>();
    page.get("events").forEach(e -> reasons.add(e.get("reason").asString()));
    return reasons;
  }

  private void event(String at, String actor, String indicator, String reason) {
    // The trail records only inside the transaction of the change it records.
    transaction.executeWithoutResult(
        change ->
            audit.record(
                new AuditEvent(
                    Instant.parse(at),
                    actor,
                    "figure.approved",
                    "indicator",
                    indicator,
                    "{\"state\": \"DRAFT\"}",
                    "{\"state\": \"APPROVED\"}",
                    reason)));
  }
}
