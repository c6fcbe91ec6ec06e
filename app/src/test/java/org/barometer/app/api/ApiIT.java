package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApiIT {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void refusesARequestWithoutATokenAsAProblem() {
    HttpResponse<String> response = send("GET", "/api/v1/indicators", null, null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":401").contains("Bearer");
  }

  @Test
  void listsTheIndicatorsWithTheirStatusAndReason() {
    String token = token(ApiScope.READ);

    HttpResponse<String> response = send("GET", "/api/v1/indicators?month=2016-11", token, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"code\":\"9\"")
        .contains("\"colour\":\"AMBER\"")
        .contains(
            "Amber: 50.56% is 3.44 percentage points (6.4%) below the November target of 54.00%");
  }

  @Test
  void namesTheParameterThatIsWrong() {
    HttpResponse<String> response =
        send("GET", "/api/v1/indicators?month=November", token(ApiScope.READ), null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"month\"");
  }

  @Test
  void refusesToWriteWithAReadOnlyToken() {
    HttpResponse<String> response =
        send(
            "PUT", "/api/v1/indicators/33/figures/2016-12", token(ApiScope.READ), "{\"value\":88}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("\"status\":403");
  }

  @Test
  void refusesABadFigureByFieldAndStoresNothing() {
    HttpResponse<String> response =
        send(
            "PUT",
            "/api/v1/indicators/33/figures/2016-12",
            token(ApiScope.WRITE),
            "{\"value\":101,\"submit\":true}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("\"field\":\"value\"")
        .contains("A percentage cannot be above 100");
    assertThat(figuresFor("33")).isZero();
  }

  @Test
  void refusesABodyThatIsNotJson() {
    HttpResponse<String> response =
        send(
            "PUT",
            "/api/v1/indicators/33/figures/2016-12",
            token(ApiScope.WRITE),
            "{\"value\": eighty}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"body\"");
  }

  @Test
  void entersSubmitsAndApprovesAFigure() {
    String token = token(ApiScope.READ, ApiScope.WRITE, ApiScope.APPROVE);

    HttpResponse<String> entered =
        send(
            "PUT",
            "/api/v1/indicators/20/figures/2016-12",
            token,
            "{\"value\":83.2,\"submit\":true}");
    long id =
        jdbc.sql(
                "select m.id from measurement m join indicator i on i.id = m.indicator_id where i.code = '20' and m.period_start = '2016-12-01'")
            .query(Long.class)
            .single();
    HttpResponse<String> approved =
        send(
            "POST",
            "/api/v1/figures/" + id + "/decision",
            token,
            "{\"decision\":\"approve\",\"version\":0}");
    HttpResponse<String> detail = send("GET", "/api/v1/indicators/20?month=2016-12", token, null);

    assertThat(entered.statusCode()).isEqualTo(200);
    assertThat(entered.body()).contains("\"state\":\"SUBMITTED\"");
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(approved.body()).contains("\"state\":\"APPROVED\"");
    assertThat(detail.body()).contains("\"period\":\"Dec 2016\"").contains("\"colour\":\"GREEN\"");
    assertThat(detail.body())
        .containsPattern("\"spc\":\\{\"variationIcon\":\"(common_cause|improvement|concern)")
        .contains("\"reading\":\"");
  }

  @Test
  void keepsOnlyAHashAndHonoursRevocation() {
    long admin = accounts.byUsername("admin").orElseThrow().id();
    String secret = tokens.issue(admin, "revoked feed", EnumSet.of(ApiScope.READ), clock.instant());
    long id = tokens.of(admin).get(0).id();

    Integer plain =
        jdbc.sql("select count(*) from api_token where token_hash = ?")
            .param(secret)
            .query(Integer.class)
            .single();
    tokens.revoke(admin, id, clock.instant());
    HttpResponse<String> response = send("GET", "/api/v1/indicators", secret, null);

    assertThat(secret).startsWith("brm_");
    assertThat(plain).isZero();
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void publishesItsOpenApiDocument() {
    HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null);

    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body())
        .contains("/api/v1/indicators")
        .contains("/api/v1/figures/{id}/decision");
  }

  private String token(ApiScope... scopes) {
    long admin = accounts.byUsername("admin").orElseThrow().id();
    return tokens.issue(admin, "test", Set.of(scopes), clock.instant());
  }

  private int figuresFor(String code) {
    return jdbc.sql(
            "select count(*) from measurement m join indicator i on i.id = m.indicator_id where i.code = ? and m.period_start = '2016-12-01'")
        .param(code)
        .query(Integer.class)
        .single();
  }

  private HttpResponse<String> send(String method, String path, String token, String json) {
    return new ApiClient(port, token).send(method, path, json);
  }
}
