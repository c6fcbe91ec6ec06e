package org.barometer.app.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.quoted;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The performance team sets the corporate priorities an action serves, its scrutiny committee and
 * its related indicators, on the form and through the API, each on a copy of a seeded action. It
 * has a database of its own, so that the copies never reach the tests that count the seed's 48.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=action-placement")
class ActionPlacementIT {

  @LocalServerPort int port;
  @Autowired Actions actions;
  @Autowired AuditTrail audit;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void setsThePlacementOnTheFormAndShowsItOnThePageInTheApiAndInTheFilter() {
    String code = copyOfAnActionWithPriorities();
    StoredAction action = actions.byCode(code).orElseThrow();
    List<Long> priorities = prioritiesOf(action);
    long committee =
        jdbc.sql("select id from committee order by id limit 1").query(Long.class).single();
    String committeeName =
        jdbc.sql("select name from committee where id = ?")
            .param(committee)
            .query(String.class)
            .single();
    List<String> indicators =
        jdbc.sql("select code from indicator where retired_at is null order by id limit 2")
            .query(String.class)
            .list();
    WebClient team = team();

    HttpResponse<String> saved =
        placement(
            team,
            code,
            List.of(
                Map.entry("priorities", priorities.get(0).toString()),
                Map.entry("committee", Long.toString(committee)),
                Map.entry("indicators", indicators.get(0)),
                Map.entry("indicators", indicators.get(1)),
                Map.entry("reason", "Agreed at the June planning meeting"),
                Map.entry("version", "" + action.version())));

    assertThat(saved.statusCode()).isEqualTo(302);
    StoredAction stored = actions.byCode(code).orElseThrow();
    assertThat(stored.definition().priorityIds()).containsExactly(priorities.get(0));
    assertThat(stored.definition().committeeId()).contains(committee);
    assertThat(stored.definition().indicatorIds()).hasSize(2);
    assertThat(stored.version()).isEqualTo(action.version() + 1);
    String page = team.get("/actions/" + code).body();
    assertThat(page)
        .contains(escaped(priorityName(priorities.get(0))))
        .contains(escaped(committeeName))
        .contains("href=\"/indicators/" + indicators.get(0) + "\"")
        .contains("href=\"/indicators/" + indicators.get(1) + "\"");
    assertThat(team.get("/actions?committee=" + committee).body())
        .contains("/actions/" + code + "\"");
    long otherCommittee =
        jdbc.sql("select id from committee where id <> ? order by id limit 1")
            .param(committee)
            .query(Long.class)
            .single();
    assertThat(team.get("/actions?committee=" + otherCommittee).body())
        .doesNotContain("/actions/" + code + "\"");
    JsonNode api = ApiClient.json(api().get("/api/v1/actions/" + code));
    assertThat(api.at("/action/priorities/0").asText()).isEqualTo(priorityName(priorities.get(0)));
    assertThat(api.at("/action/committee").asText()).isEqualTo(committeeName);
    assertThat(api.at("/action/indicators")).hasSize(2);
    assertThat(audit.about("action", code))
        .filteredOn(e -> e.action().equals("action.placement-changed"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo("Agreed at the June planning meeting");
              assertThat(e.newValue()).contains(indicators.get(0));
            });
  }

  @Test
  void refusesByFieldAndStoresNothingAndRefusesAStaleVersion() {
    String code = copyOfAnActionWithPriorities();
    StoredAction action = actions.byCode(code).orElseThrow();
    long otherAimsPriority =
        jdbc.sql("select id from priority where aim_id <> ? order by id limit 1")
            .param(action.definition().aimId().orElseThrow())
            .query(Long.class)
            .single();
    WebClient team = team();

    HttpResponse<String> refused =
        placement(
            team,
            code,
            List.of(
                Map.entry("priorities", Long.toString(otherAimsPriority)),
                Map.entry("committee", "-1"),
                Map.entry("indicators", "NO-SUCH-INDICATOR"),
                Map.entry("version", "" + action.version())));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Choose priorities from the list: only the priorities of the action&#39;s aim")
        .contains("Choose a scrutiny committee from the list, or none")
        .contains("there is no NO-SUCH-INDICATOR")
        .contains("Say why the priorities, committee or indicators change");
    StoredAction unchanged = actions.byCode(code).orElseThrow();
    assertThat(unchanged).isEqualTo(action);

    ApiClient api = api();
    HttpResponse<String> byApi =
        api.send(
            "PUT",
            "/api/v1/actions/" + code + "/placement",
            quoted(
                "{'priorities':["
                    + prioritiesOf(action).get(0)
                    + "],'committee':null,'indicators':[],'reason':'Scrutiny moved',"
                    + "'version':"
                    + action.version()
                    + "}"));
    HttpResponse<String> stale =
        api.send(
            "PUT",
            "/api/v1/actions/" + code + "/placement",
            quoted("{'priorities':[],'reason':'Again','version':" + action.version() + "}"));
    HttpResponse<String> staleForm =
        placement(
            team,
            code,
            List.of(Map.entry("reason", "Again"), Map.entry("version", "" + action.version())));

    assertThat(byApi.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(byApi).at("/priorities")).hasSize(1);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(ApiClient.json(stale).at("/current/version").asInt())
        .isEqualTo(action.version() + 1);
    assertThat(staleForm.body()).contains("Someone else changed this action");
    assertThat(actions.byCode(code).orElseThrow().definition().priorityIds())
        .containsExactly(prioritiesOf(action).get(0));
  }

  private List<Long> prioritiesOf(StoredAction action) {
    return jdbc.sql("select id from priority where aim_id = ? order by position")
        .param(action.definition().aimId().orElseThrow())
        .query(Long.class)
        .list();
  }

  private String priorityName(long id) {
    return jdbc.sql("select text from priority where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
  }

  /** A copy of a seeded action whose aim has priorities, under a new number. */
  private String copyOfAnActionWithPriorities() {
    String seeded =
        jdbc.sql(
                "select a.code from action a where exists (select 1 from priority p where"
                    + " p.aim_id = a.aim_id) order by a.id limit 1")
            .query(String.class)
            .single();
    ActionDefinition d = actions.byCode(seeded).orElseThrow().definition();
    String copy = "8" + seeded + "-" + System.nanoTime() % 100_000;
    actions.add(d.withCode(copy));
    return copy;
  }

  private HttpResponse<String> placement(
      WebClient client, String code, List<Map.Entry<String, String>> fields) {
    String path = "/actions/" + code + "/placement";
    return client.submit(path, path, new ArrayList<>(fields));
  }

  private WebClient team() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }

  private ApiClient api() {
    long id = accounts.byUsername("admin").orElseThrow().id();
    return new ApiClient(
        port, tokens.issue(id, "placement", Set.of(ApiScope.values()), clock.instant()));
  }
}
