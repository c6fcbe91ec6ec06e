package org.barometer.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.ApiPeople;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.SettableClock;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * On Friday 20 January 2017, December 2016 has ended and January 2017 has not: a figure for January
 * (or January 2999) is refused on the page and the API, and one submitted in February is not
 * approved until the clock says January has ended. Months outside 1900 to 2999 are a 400 with
 * problem details on the API and a clear message on the pages. A database of its own, since a
 * January figure moves the default month of every page.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=periods")
class PeriodsNotEndedIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDateTime JANUARY_20 = LocalDateTime.of(2017, 1, 20, 9, 0);

  @TestConfiguration
  static class OnTheTwentiethOfJanuary2017 {
    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock(JANUARY_20, LONDON);
    }
  }

  @LocalServerPort int port;
  @Autowired SettableClock clock;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;

  @Autowired org.barometer.app.register.AssessIndicators assess;

  @Test
  void aFutureFigureApprovedBeforeTheyWereRefusedNeverMovesTheDefaultMonth() {
    // given a January 2999 figure approved by an older version of Barometer
    jdbc.sql(
            "insert into measurement (indicator_id, frequency, period_start, value, state,"
                + " definition_version, entered_by, entered_at)"
                + " select indicator_id, frequency, '2999-01-01', value, 'APPROVED',"
                + " definition_version, entered_by, entered_at from measurement"
                + " where period_start = '2016-11-01'"
                + " and indicator_id = (select id from indicator where code = '9')")
        .update();
    try {
      // then the default month is still one that has ended on 20 January 2017
      assertThat(assess.defaultMonth()).isBeforeOrEqualTo(java.time.YearMonth.of(2016, 12));
    } finally {
      jdbc.sql("delete from measurement where period_start = '2999-01-01'").update();
    }
  }

  @AfterEach
  void backToTheTwentiethOfJanuary() {
    clock.set(JANUARY_20);
  }

  @Test
  void aFigureForAMonthThatHasNotEndedIsRefusedOnThePageAndTheApi() {
    WebClient team = signedInTeam();
    ApiClient api = people().api("admin", ApiScope.READ, ApiScope.WRITE);

    HttpResponse<String> form = team.get("/indicators/17/figures/2017-01");
    HttpResponse<String> posted =
        team.submit(
            "/indicators/17/figures/2017-01",
            "/indicators/17/figures/2017-01",
            Map.of("value", "5", "commentary", "Early", "action", "submit"));
    HttpResponse<String> january =
        api.send("PUT", "/api/v1/indicators/17/figures/2017-01", "{\"value\": 5}");
    HttpResponse<String> farAway =
        api.send("PUT", "/api/v1/indicators/17/figures/2999-01", "{\"value\": 5}");
    HttpResponse<String> december =
        api.send("PUT", "/api/v1/indicators/17/figures/2016-12", "{\"value\": 5}");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains(
            "<a href=\"#month\">Jan 2017 has not ended: its figure can be entered from 1"
                + " February 2017</a>");
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body()).contains("Jan 2017 has not ended");
    assertThat(january.statusCode()).isEqualTo(422);
    assertThat(ApiClient.json(january).get("errors").get(0).get("field").asString())
        .isEqualTo("month");
    assertThat(farAway.statusCode()).isEqualTo(422);
    assertThat(farAway.body()).contains("Jan 2999 has not ended");
    assertThat(december.statusCode()).as(december.body()).isEqualTo(200);
    assertThat(figuresAfterDecember()).isZero();
    assertThat(api.get("/api/v1/indicators/17").body()).doesNotContain("\"period\":\"Jan 2017\"");
  }

  @Test
  void aFigureIsApprovedOnlyOnceItsMonthHasEnded() {
    clock.set(LocalDateTime.of(2017, 2, 1, 9, 0));
    ApiClient writer = people().api("admin", ApiScope.READ, ApiScope.WRITE, ApiScope.APPROVE);
    HttpResponse<String> entered =
        writer.send(
            "PUT",
            "/api/v1/indicators/17/figures/2017-01",
            "{\"value\": 5, \"commentary\": \"January\", \"submit\": true}");
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
    JsonNode figure = ApiClient.json(entered);
    String decision =
        "{\"decision\": \"approve\", \"version\": " + figure.get("version").asInt() + "}";
    String path = "/api/v1/figures/" + figure.get("id").asLong() + "/decision";

    clock.set(JANUARY_20);
    HttpResponse<String> early = writer.send("POST", path, decision);
    clock.set(LocalDateTime.of(2017, 2, 1, 0, 5));
    HttpResponse<String> inTime = writer.send("POST", path, decision);

    assertThat(early.statusCode()).isEqualTo(422);
    assertThat(early.body())
        .contains("Jan 2017 has not ended: its figure can be approved from 1 February 2017");
    assertThat(inTime.statusCode()).as(inTime.body()).isEqualTo(200);
    assertThat(ApiClient.json(inTime).get("state").asString()).isEqualTo("APPROVED");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/indicators?month=1899-12",
        "/api/v1/indicators?month=3000-01",
        "/api/v1/indicators?month=+10000-01",
        "/api/v1/indicators/17?month=0001-01",
        "/api/v1/reports/3000-01",
        "/api/v1/reports/1899-12"
      })
  void aMonthOutside1900To2999IsABadRequestWithProblemDetails(String path) {
    HttpResponse<String> answer = people().api("admin", ApiScope.READ).get(path);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(ApiClient.json(answer).get("errors").get(0).get("field").asString())
        .isEqualTo("month");
    assertThat(answer.body()).contains("a month from 1900-01 to 2999-12");
  }

  @Test
  void aMonthOutside1900To2999IsRefusedOnWritesAndPagesWithoutAServerError() {
    ApiClient writer = people().api("admin", ApiScope.READ, ApiScope.WRITE);
    WebClient team = signedInTeam();

    HttpResponse<String> figure =
        writer.send("PUT", "/api/v1/indicators/17/figures/1899-12", "{\"value\": 5}");
    HttpResponse<String> override =
        writer.send(
            "POST",
            "/api/v1/indicators/17/status/3000-01",
            "{\"colour\": \"GREEN\", \"reason\": \"Why not\"}");
    HttpResponse<String> progress =
        writer.send(
            "PUT",
            "/api/v1/actions/33/progress/3000-01",
            "{\"status\": \"ON_TRACK\", \"percentComplete\": 10, \"commentary\": \"x\"}");

    assertThat(figure.statusCode()).isEqualTo(400);
    assertThat(override.statusCode()).isEqualTo(400);
    assertThat(progress.statusCode()).isEqualTo(400);
    assertThat(team.get("/indicators?month=3000-01").body())
        .contains("Enter a month from 1900-01 to 2999-12");
    assertThat(team.get("/timeliness?month=1899-12").body())
        .contains("not &#39;1899-12&#39;: a month from 1900-01 to 2999-12");
    assertThat(team.get("/indicators/17/figures/3000-01").statusCode()).isEqualTo(404);
    assertThat(team.get("/reports/3000-01").statusCode()).isEqualTo(404);
    assertThat(team.get("/actions/33/progress/1899-12").statusCode()).isEqualTo(404);
  }

  private int figuresAfterDecember() {
    return jdbc.sql("select count(*) from measurement where period_start > date '2016-12-01'")
        .query(Integer.class)
        .single();
  }

  private ApiPeople people() {
    return new ApiPeople(port, accounts, tokens, clock);
  }

  private WebClient signedInTeam() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }
}
