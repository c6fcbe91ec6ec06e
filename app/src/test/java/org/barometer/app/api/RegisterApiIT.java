package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;
import static org.barometer.app.support.ApiClient.quoted;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** The performance team's programs add, change and retire indicators and name their owners. */
@IntegrationTest
class RegisterApiIT {

  private static final String PASSWORD = "register-api-pass";

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Indicators indicators;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  private ApiClient team;

  @BeforeEach
  void givenATokenOfThePerformanceTeam() {
    team = new ApiClient(port, tokenOf("api.team", Role.PERFORMANCE_TEAM));
  }

  @Test
  void addsAnIndicatorAndAuditsIt() {
    HttpResponse<String> added = team.send("POST", "/api/v1/indicators", definition("api-1", ""));

    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(added.headers().firstValue("Location")).contains("/api/v1/indicators/api-1");
    JsonNode body = json(added);
    assertThat(body.get("version").asInt()).isEqualTo(1);
    assertThat(body.get("name").asString()).isEqualTo("Homes made warm");
    assertThat(body.get("toleranceKind").asString()).isEqualTo("RELATIVE");
    assertThat(body.get("toleranceValue").decimalValue()).isEqualByComparingTo("5");
    assertThat(body.get("department").asLong()).isEqualTo(department());
    assertThat(body.get("changedBy").asString()).isEqualTo("api.team");
    assertThat(audit.about("indicator", "api-1"))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("indicator.created"))
        .satisfies(e -> assertThat(e.actor()).isEqualTo("api.team"));
  }

  @Test
  void refusesABadDefinitionWithTheFormsErrorsAndStoresNothing() {
    String bad =
        definition("api-2", "")
            .replace("PERCENTAGE", "LITRES")
            .replace(quoted("'decimals':1"), quoted("'decimals':9"));
    WebClient page = new WebClient(port);
    page.signIn("api.team", PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    form.putAll(
        Map.of(
            "code", "api-2",
            "name", "Homes made warm",
            "unit", "LITRES",
            "decimals", "9",
            "polarity", "MAXIMISE",
            "aggregation", "SNAPSHOT",
            "basis", "PERIOD",
            "frequency", "MONTHLY"));

    HttpResponse<String> refused = team.send("POST", "/api/v1/indicators", bad);
    HttpResponse<String> empty = team.send("POST", "/api/v1/indicators", "{}");
    String pageAnswer = page.submit("/indicators/new", "/indicators/new", form).body();

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode errors = json(refused).get("errors");
    assertThat(errors.findValuesAsString("field")).containsExactly("unit", "decimals");
    assertThat(errors.findValuesAsString("message"))
        .allSatisfy(message -> assertThat(pageAnswer).contains(message));
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(json(empty).get("errors").findValuesAsString("field"))
        .contains("code", "name", "unit", "polarity");
    assertThat(indicators.currentByCode("api-2")).isEmpty();
  }

  @Test
  void namesTheFieldOfAValueOfTheWrongType() {
    HttpResponse<String> refused =
        team.send(
            "POST",
            "/api/v1/indicators",
            definition("api-8", "").replace(quoted("'decimals':1"), quoted("'decimals':'two'")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("errors").findValuesAsString("field")).containsExactly("decimals");
    assertThat(indicators.currentByCode("api-8")).isEmpty();
  }

  @Test
  void documentsEachOperationAndItsTokenInOpenApi() {
    String docs = new ApiClient(port, null).get("/v3/api-docs").body();

    assertThat(docs)
        .contains("\"/api/v1/indicators/{code}/versions\"")
        .contains("\"/api/v1/indicators/{code}/owner\"")
        .contains("\"/api/v1/indicators/{code}/retire\"")
        .contains("\"/api/v1/admin/users/{id}/roles\"")
        .contains("\"/api/v1/admin/users/{id}/status\"")
        .contains("\"/api/v1/admin/organisation/{kind}/{id}\"")
        .contains("\"/api/v1/admin/settings\"")
        .contains("Says who owns an indicator")
        .contains("\"scheme\":\"bearer\"");
  }

  @Test
  void changesADefinitionFromTheVersionReadAndRefusesAStaleOne() {
    team.send("POST", "/api/v1/indicators", definition("api-3", ""));
    String change =
        definition("api-3", "Cabinet renamed it").replace("Homes made warm", "Warm homes");

    HttpResponse<String> noVersion = team.send("PUT", "/api/v1/indicators/api-3", change);
    HttpResponse<String> noReason =
        team.send("PUT", "/api/v1/indicators/api-3", withVersion(definition("api-3", ""), 1));
    HttpResponse<String> changed =
        team.send("PUT", "/api/v1/indicators/api-3", withVersion(change, 1));
    HttpResponse<String> stale =
        team.send("PUT", "/api/v1/indicators/api-3", withVersion(change.replace("Warm", "Hot"), 1));
    HttpResponse<String> otherCode =
        team.send("PUT", "/api/v1/indicators/api-3", withVersion(change.replace("api-3", "x"), 2));

    assertThat(noVersion.statusCode()).isEqualTo(422);
    assertThat(json(noVersion).get("errors").findValuesAsString("field"))
        .containsExactly("version");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("Say why the definition changes");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).get("version").asInt()).isEqualTo(2);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).get("errors").findValuesAsString("field")).containsExactly("version");
    assertThat(json(stale).get("current").get("name").asString()).isEqualTo("Warm homes");
    assertThat(otherCode.statusCode()).isEqualTo(422);
    assertThat(otherCode.body()).contains("An indicator's code does not change");
    assertThat(indicators.currentByCode("api-3").orElseThrow().version()).isEqualTo(2);
    assertThat(audit.about("indicator", "api-3"))
        .extracting(AuditEvent::action)
        .containsExactly("indicator.created", "indicator.changed");
  }

  @Test
  void listsEveryVersionWithWhoWhenAndWhy() {
    team.send("POST", "/api/v1/indicators", definition("api-4", "First agreed"));
    team.send(
        "PUT",
        "/api/v1/indicators/api-4",
        withVersion(
            definition("api-4", "Decimals agreed")
                .replace(quoted("'decimals':1"), quoted("'decimals':2")),
            1));

    HttpResponse<String> versions =
        new ApiClient(port, tokenOf("api.reader", Role.COUNCILLOR))
            .get("/api/v1/indicators/api-4/versions");

    assertThat(versions.statusCode()).isEqualTo(200);
    JsonNode body = json(versions);
    assertThat(body.findValuesAsString("reason"))
        .containsExactly("First agreed", "Decimals agreed");
    assertThat(body.findValues("decimals")).extracting(JsonNode::asInt).containsExactly(1, 2);
    assertThat(body.findValuesAsString("changedBy")).containsOnly("api.team");
    assertThat(body.get(1).get("changedAt").asString()).isNotBlank();
    assertThat(
            new ApiClient(port, tokenOf("api.reader", Role.COUNCILLOR))
                .get("/api/v1/indicators/nothing/versions")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void retiresWithAReasonOnly() {
    team.send("POST", "/api/v1/indicators", definition("api-5", ""));

    HttpResponse<String> noReason =
        team.send("POST", "/api/v1/indicators/api-5/retire", quoted("{'reason':' '}"));
    HttpResponse<String> retired =
        team.send("POST", "/api/v1/indicators/api-5/retire", quoted("{'reason':'Replaced by 40'}"));

    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(json(noReason).get("errors").findValuesAsString("field")).containsExactly("reason");
    assertThat(noReason.body()).contains("Say why the indicator is retired");
    assertThat(retired.statusCode()).isEqualTo(204);
    assertThat(indicators.allCurrent()).noneMatch(i -> i.definition().code().equals("api-5"));
    assertThat(audit.about("indicator", "api-5"))
        .extracting(AuditEvent::action, AuditEvent::reason)
        .endsWith(org.assertj.core.groups.Tuple.tuple("indicator.retired", "Replaced by 40"));
  }

  @Test
  void namesADataOwnerFromTheVersionRead() {
    team.send("POST", "/api/v1/indicators", definition("api-6", ""));
    tokenOf("api.owner", Role.DATA_OWNER);
    long owner = accounts.byUsername("api.owner").orElseThrow().id();
    long notAnOwner = accounts.byUsername("api.team").orElseThrow().id();

    HttpResponse<String> wrongPerson =
        team.send("PUT", "/api/v1/indicators/api-6/owner", owner(notAnOwner, "Why not", 1));
    HttpResponse<String> assigned =
        team.send("PUT", "/api/v1/indicators/api-6/owner", owner(owner, "Runs the scheme", 1));
    HttpResponse<String> stale =
        team.send("PUT", "/api/v1/indicators/api-6/owner", owner(notAnOwner, "Late", 1));

    assertThat(wrongPerson.statusCode()).isEqualTo(422);
    assertThat(wrongPerson.body())
        .contains("\"field\":\"owner\"")
        .contains("Choose an owner from the list: only data owners can own an indicator");
    assertThat(assigned.statusCode()).isEqualTo(200);
    assertThat(json(assigned).get("owner").asLong()).isEqualTo(owner);
    assertThat(json(assigned).get("version").asInt()).isEqualTo(2);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).get("current").get("owner").asLong()).isEqualTo(owner);
    assertThat(audit.about("indicator", "api-6"))
        .extracting(AuditEvent::action)
        .containsExactly("indicator.created", "indicator.owner-changed");
  }

  @Test
  void refusesTheRegisterToAnyoneButThePerformanceTeam() {
    ApiClient councillor =
        new ApiClient(port, tokenOf("api.councillor", Role.COUNCILLOR, Role.DATA_OWNER));

    HttpResponse<String> refused =
        councillor.send("POST", "/api/v1/indicators", definition("api-7", ""));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(indicators.currentByCode("api-7")).isEmpty();
  }

  private String definition(String code, String reason) {
    return quoted(
        "{'code':'"
            + code
            + "','name':'Homes made warm','definition':'Homes insulated this year',"
            + "'unit':'PERCENTAGE','decimals':1,'polarity':'MAXIMISE','aggregation':'SNAPSHOT',"
            + "'basis':'PERIOD','frequency':'MONTHLY','components':false,'department':"
            + department()
            + ",'contextual':false,'toleranceKind':'RELATIVE','toleranceValue':5,'reason':'"
            + reason
            + "'}");
  }

  private static String withVersion(String json, int version) {
    return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
  }

  private static String owner(long owner, String reason, int version) {
    return quoted("{'owner':" + owner + ",'reason':'" + reason + "','version':" + version + "}");
  }

  private long department() {
    return jdbc.sql("select min(id) from department").query(Long.class).single();
  }

  private String tokenOf(String username, Role... roles) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(
          username, username, null, encoder.encode(PASSWORD), Set.of(roles), clock.instant());
    }
    long id = accounts.byUsername(username).orElseThrow().id();
    return tokens.issue(id, "test", Set.of(ApiScope.values()), clock.instant());
  }
}
