package org.barometer.app.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.quoted;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The seed's priority actions as printed, and an owner's progress from entry to status, on Monday 2
 * July 2018: every action and milestone of the seed was due by 31 March 2018, so each one that is
 * not complete is red, and progress may be recorded for any month of 2017/18.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.clock.as-of=2018-07-02T10:00")
class ActionsIT {

  private static final String PASSWORD = "actions-password-1";

  @LocalServerPort int port;
  @Autowired Actions actions;
  @Autowired AuditTrail audit;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void storesTheSeedsFortyEightActionsWithTheirMilestonesAsPrinted() {
    List<StoredAction> all = actions.all();

    assertThat(all).hasSize(48);
    assertThat(all.get(0).code()).isEqualTo("1");
    ActionDefinition seaway = actions.byCode("33").orElseThrow().definition();
    assertThat(seaway.title()).isEqualTo("Seaway Car Park");
    assertThat(seaway.leads()).hasSize(2);
    assertThat(seaway.ownDue()).isEmpty();
    assertThat(seaway.milestones())
        .extracting(
            ActionMilestone::position,
            ActionMilestone::title,
            ActionMilestone::originalDue,
            ActionMilestone::asPrinted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1,
                "To support Turnstone to submit a planning application",
                LocalDate.of(2017, 9, 30),
                "31 Sept 2017"),
            org.assertj.core.groups.Tuple.tuple(
                2,
                "To meet the Coach Park Relocation Condition",
                LocalDate.of(2017, 6, 30),
                "30 June 2017"),
            org.assertj.core.groups.Tuple.tuple(
                3,
                "To support Turnstone in securing prime tenants",
                LocalDate.of(2017, 9, 30),
                "31 Sept 2017"));
    assertThat(seaway.milestones().get(0).correction())
        .startsWith("Printed '31 Sept 2017', which does not exist");
    ActionDefinition airport = actions.byCode("34").orElseThrow().definition();
    assertThat(airport.title()).isEqualTo("Airport Business Park");
    assertThat(airport.milestones())
        .extracting(
            ActionMilestone::title, ActionMilestone::originalDue, ActionMilestone::asPrinted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "To complete Phase 1 infrastructure works",
                LocalDate.of(2017, 7, 31),
                "31 July 2017"),
            org.assertj.core.groups.Tuple.tuple(
                "To relocate Westcliff Rugby Club Clubhouse",
                LocalDate.of(2018, 3, 31),
                "31 March 2018"),
            org.assertj.core.groups.Tuple.tuple(
                "To launch Airport Business Park to the market",
                LocalDate.of(2018, 3, 31),
                "31 March 2018"),
            org.assertj.core.groups.Tuple.tuple(
                "To submit a planning application for the Innovation centre (subject to SELEP"
                    + " funding)",
                LocalDate.of(2017, 3, 31),
                "31 March 2017"),
            org.assertj.core.groups.Tuple.tuple(
                "To agree approach for innovation centre operation",
                LocalDate.of(2017, 9, 30),
                "30 September 2017"));
    assertThat(audit.about("action", "34"))
        .extracting(AuditEvent::action)
        .containsExactly("action.imported");
  }

  @Test
  void showsTheListAndAnActionWithItsTimelineAndStatusReason() {
    WebClient team = signedIn("admin", org.barometer.app.support.IntegrationTest.ADMIN_PASSWORD);

    String list = team.get("/actions").body();
    String red = team.get("/actions?status=RED").body();
    String page = team.get("/actions/33").body();

    assertThat(list).contains("Showing 48 of 48 actions").contains("Seaway Car Park");
    assertThat(red).contains("Showing 48 of 48 actions");
    assertThat(page)
        .contains("Seaway Car Park")
        .contains("30 September 2017 (printed &quot;31 Sept 2017&quot;)")
        .contains("Due 30 June 2017")
        .contains("Overdue")
        .contains(
            "Red: past its due date of 30 September 2017 (the date of its last milestone,"
                + " &quot;To support Turnstone to submit a planning application&quot;) and not"
                + " complete");
  }

  @Test
  void refusesProgressByFieldAndStoresNothing() {
    WebClient team = signedIn("admin", org.barometer.app.support.IntegrationTest.ADMIN_PASSWORD);

    HttpResponse<String> refused =
        record(
            team,
            "10",
            "2017-06",
            Map.of("status", "COMPLETED", "percentComplete", "120", "action", "submit"));
    HttpResponse<String> deferred =
        record(team, "10", "2017-06", Map.of("status", "DEFERRED", "action", "submit"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("href=\"#percentComplete\"")
        .contains("Give the percentage complete as a whole number from 0 to 100")
        .contains("href=\"#completedOn\"")
        .contains("Give the date the action was completed");
    assertThat(deferred.body()).contains("Say why the action is deferred");
    assertThat(progressRows("10")).isZero();
  }

  @Test
  void approvedProgressFeedsTheStatusAndEveryStepIsAudited() {
    WebClient team = signedIn("admin", org.barometer.app.support.IntegrationTest.ADMIN_PASSWORD);

    HttpResponse<String> submitted =
        record(
            team,
            "20",
            "2018-03",
            Map.of(
                "status", "COMPLETED",
                "percentComplete", "100",
                "commentary", "The Edge of Care Team is in place.",
                "completedDay", "27",
                "completedMonth", "3",
                "completedYear", "2018",
                "action", "submit"));
    String beforeApproval = team.get("/actions/20").body();
    HttpResponse<String> withoutChoice =
        team.submit("/actions/20", "/actions/20/progress/2018-03/decision", Map.of("version", "0"));
    HttpResponse<String> approved =
        team.submit(
            "/actions/20",
            "/actions/20/progress/2018-03/decision",
            Map.of("version", "0", "decision", "approve"));

    assertThat(submitted.statusCode()).isEqualTo(302);
    assertThat(beforeApproval).contains("Submitted").contains("Red: past its due date");
    assertThat(withoutChoice.body()).contains("Choose to approve the progress or to return it");
    assertThat(approved.statusCode()).isEqualTo(302);
    assertThat(team.get("/actions/20").body()).contains("Completed on 27 March 2018");
    assertThat(audit.about("action", "20"))
        .extracting(AuditEvent::action)
        .containsExactly(
            "action.imported", "action.progress.submitted", "action.progress.approved");
  }

  @Test
  void letsOnlyTheOwnerAndTheTeamRecordProgress() {
    person("actions.councillor", Role.COUNCILLOR);
    long owner = person("actions.owner", Role.DATA_OWNER);
    jdbc.sql("update action set owner_user_id = ? where code = '1'").param(owner).update();
    WebClient councillor = signedIn("actions.councillor", PASSWORD);
    WebClient dataOwner = signedIn("actions.owner", PASSWORD);

    assertThat(councillor.get("/actions/1/progress/2017-06").statusCode()).isEqualTo(403);
    assertThat(councillor.get("/actions/1").body()).doesNotContain("Record progress for");
    assertThat(dataOwner.get("/actions/2/progress/2017-06").statusCode()).isEqualTo(403);
    HttpResponse<String> own =
        record(
            dataOwner,
            "1",
            "2017-06",
            Map.of("status", "SOME_SLIPPAGE", "commentary", "Two posts vacant.", "action", "save"));
    assertThat(own.statusCode()).isEqualTo(302);
    assertThat(dataOwner.get("/actions/1").body()).contains("Two posts vacant.").contains("Draft");
    assertThat(councillor.get("/actions/1").body()).doesNotContain("Two posts vacant.");
  }

  @Test
  void offersActionsStatusMilestonesAndProgressToPrograms() {
    long owner = person("actions.api", Role.DATA_OWNER);
    jdbc.sql("update action set owner_user_id = ? where code = '3'").param(owner).update();
    ApiClient api =
        new ApiClient(
            port, tokens.issue(owner, "actions", Set.of(ApiScope.values()), clock.instant()));

    JsonNode list = ApiClient.json(api.get("/api/v1/actions"));
    JsonNode airport = ApiClient.json(api.get("/api/v1/actions/34"));
    HttpResponse<String> refused =
        api.send(
            "PUT",
            "/api/v1/actions/3/progress/2017-07",
            quoted("{'status':'CANCELLED','submit':true}"));
    HttpResponse<String> stored =
        api.send(
            "PUT",
            "/api/v1/actions/3/progress/2017-07",
            quoted("{'status':'ON_TRACK','percentComplete':40,'commentary':'Model agreed.'}"));

    assertThat(list).hasSize(48);
    assertThat(airport.at("/action/status").asText()).isEqualTo("RED");
    assertThat(airport.at("/milestones")).hasSize(5);
    assertThat(airport.at("/milestones/3/due/asPrinted").asText()).isEqualTo("31 March 2017");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(ApiClient.json(refused).at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(stored).at("/progress/0/state").asText()).isEqualTo("DRAFT");
    assertThat(progressRows("3")).isEqualTo(1);
  }

  private HttpResponse<String> record(
      WebClient client, String code, String month, Map<String, String> fields) {
    String path = "/actions/" + code + "/progress/" + month;
    return client.submit(path, path, new LinkedHashMap<>(fields));
  }

  private int progressRows(String code) {
    return jdbc.sql(
            "select count(*) from action_progress p join action a on a.id = p.action_id"
                + " where a.code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }

  private long person(String username, Role role) {
    Optional<org.barometer.app.security.UserAccount> existing = accounts.byUsername(username);
    if (existing.isEmpty()) {
      accounts.add(
          username, username, null, encoder.encode(PASSWORD), Set.of(role), clock.instant());
    }
    return accounts.byUsername(username).orElseThrow().id();
  }

  private WebClient signedIn(String username, String password) {
    WebClient client = new WebClient(port);
    client.signIn(username, password);
    return client;
  }
}
