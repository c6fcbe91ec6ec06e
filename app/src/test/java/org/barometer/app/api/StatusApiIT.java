package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Clock;
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
import tools.jackson.databind.JsonNode;

/**
 * Status overrides through the API: set one with its reason, withdraw it, and refuse bad input and
 * anyone outside the performance team, storing nothing.
 */
@IntegrationTest
class StatusApiIT {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  ApiPeople people;

  @BeforeEach
  void givenPeopleWithTokens() {
    people = new ApiPeople(port, accounts, tokens, clock);
  }

  @Test
  void overridesTheStatusForOnePeriodAndWithdrawsIt() {
    String computed = status("13", "2016-11").get("reason").asString();

    HttpResponse<String> set =
        people
            .api("admin", ApiScope.WRITE)
            .send(
                "POST",
                "/api/v1/indicators/13/status/2016-11",
                "{\"colour\":\"RED\",\"reason\":\"Hours counted twice at one library\"}");

    assertThat(set.statusCode()).isEqualTo(200);
    JsonNode answer = json(set).get("status");
    assertThat(answer.get("colour").asString()).isEqualTo("RED");
    assertThat(answer.get("overridden").asBoolean()).isTrue();
    assertThat(answer.get("reason").asString()).contains("Hours counted twice at one library");
    assertThat(answer.get("computed").get("reason").asString()).isEqualTo(computed);
    assertThat(answer.get("computed").get("colour").asString())
        .isEqualTo(computed.substring(0, computed.indexOf(':')).toUpperCase(java.util.Locale.UK));
    assertThat(status("13", "2016-11").get("computed").get("reason").asString())
        .isEqualTo(computed);
    assertThat(status("13", "2016-10").get("computed").isNull()).isTrue();
    assertThat(status("13", "2016-11").get("overridden").asBoolean()).isTrue();
    assertThat(status("13", "2016-10").get("overridden").asBoolean()).isFalse();

    HttpResponse<String> withdrawn =
        people
            .api("admin", ApiScope.WRITE)
            .send(
                "POST",
                "/api/v1/indicators/13/status/2016-11",
                "{\"colour\":\"COMPUTED\",\"reason\":\"Recounted\"}");

    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(json(withdrawn).get("status").get("overridden").asBoolean()).isFalse();
    assertThat(json(withdrawn).get("status").get("reason").asString()).isEqualTo(computed);
    assertThat(json(withdrawn).get("status").get("computed").isNull()).isTrue();
    assertThat(overrides("13")).isEqualTo(2);
  }

  @Test
  void refusesBadInputNamingEachFieldWithThePagesWordsAndStoresNothing() {
    HttpResponse<String> response =
        people
            .api("admin", ApiScope.WRITE)
            .send(
                "POST",
                "/api/v1/indicators/11/status/2016-11",
                "{\"colour\":\"PURPLE\",\"reason\":\"   \"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains(
            "{\"field\":\"colour\",\"message\":\"Choose green, amber or red, or the computed"
                + " status\"}")
        .contains(
            "{\"field\":\"reason\",\"message\":\"Give the reason for the status, in up to 2,000"
                + " characters\"}");
    assertThat(overrides("11")).isZero();
  }

  @Test
  void refusesAnOverrideForAPeriodWithNoApprovedFigureNamingTheMonthAndStoresNothing() {
    HttpResponse<String> response =
        people
            .api("admin", ApiScope.WRITE)
            .send(
                "POST",
                "/api/v1/indicators/11/status/2016-12",
                "{\"colour\":\"GREEN\",\"reason\":\"Expected to recover\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains(
            "{\"field\":\"month\",\"message\":\"Dec 2016 has no approved figure: a status is set"
                + " by hand only for a period with one\"}");
    assertThat(overrides("11")).isZero();
  }

  @Test
  void namesAMonthThatEndsNoPeriodAndAnswers404ForNoIndicator() {
    String body = "{\"colour\":\"GREEN\",\"reason\":\"Because\"}";

    HttpResponse<String> badMonth =
        people
            .api("admin", ApiScope.WRITE)
            .send("POST", "/api/v1/indicators/11/status/2016-13", body);
    HttpResponse<String> noIndicator =
        people
            .api("admin", ApiScope.WRITE)
            .send("POST", "/api/v1/indicators/nope/status/2016-11", body);

    assertThat(badMonth.statusCode()).isEqualTo(400);
    assertThat(badMonth.body()).contains("\"field\":\"month\"");
    assertThat(noIndicator.statusCode()).isEqualTo(404);
    assertThat(overrides("11")).isZero();
  }

  @Test
  void refusesAReadOnlyTokenAndAnyoneOutsideThePerformanceTeam() {
    String body = "{\"colour\":\"GREEN\",\"reason\":\"Because\"}";
    people.person("api.status.cllr", Role.COUNCILLOR);
    people.person("api.status.admin", Role.ADMINISTRATOR);

    HttpResponse<String> readOnly =
        people
            .api("admin", ApiScope.READ, ApiScope.APPROVE)
            .send("POST", "/api/v1/indicators/11/status/2016-11", body);
    HttpResponse<String> councillor =
        people
            .api("api.status.cllr", ApiScope.values())
            .send("POST", "/api/v1/indicators/11/status/2016-11", body);
    HttpResponse<String> administrator =
        people
            .api("api.status.admin", ApiScope.values())
            .send("POST", "/api/v1/indicators/11/status/2016-11", body);

    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(councillor.statusCode()).isEqualTo(403);
    assertThat(administrator.statusCode()).isEqualTo(403);
    assertThat(overrides("11")).isZero();
  }

  private JsonNode status(String code, String month) {
    HttpResponse<String> response =
        people.api("admin", ApiScope.READ).get("/api/v1/indicators/" + code + "?month=" + month);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response).get("indicator").get("status");
  }

  private int overrides(String code) {
    return jdbc.sql(
            "select count(*) from status_override o join indicator i on i.id = o.indicator_id"
                + " where i.code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }
}
