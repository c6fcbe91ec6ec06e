package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
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
 * "My figures" and the approval queue through the API: what the token's owner may enter, and the
 * figures submitted for the performance team, with the pages' rules on who sees what. The data
 * owner {@code api.mine} owns indicators 16 and 17.
 */
@IntegrationTest
class CollectionApiIT {

  private static final String OWNER = "api.mine";

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired Indicators indicators;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  ApiPeople people;

  @BeforeEach
  void givenADataOwnerOfTwoIndicators() {
    people = new ApiPeople(port, accounts, tokens, clock);
    people.person(OWNER, Role.DATA_OWNER);
    long owner = accounts.byUsername(OWNER).orElseThrow().id();
    for (String code : List.of("16", "17")) {
      IndicatorVersion indicator = indicators.currentByCode(code).orElseThrow();
      if (!indicator.definition().ownerUserId().equals(Optional.of(owner))) {
        indicators.revise(
            indicator.indicatorId(),
            indicator.version(),
            indicator.definition().withOwner(Optional.of(owner)),
            "test",
            clock.instant(),
            "The API's data owner");
      }
    }
  }

  @Test
  void listsOnlyTheOwnersIndicatorsWithTheirLatestFigureAndWhatIsDue() {
    HttpResponse<String> response = people.api(OWNER, ApiScope.READ).get("/api/v1/my-figures");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode rows = json(response);
    assertThat(codes(rows)).containsExactly("16", "17");
    JsonNode first = rows.get(0);
    assertThat(first.get("name").asString()).startsWith("Take up of the NHS Health Check");
    assertThat(first.get("latest").get("period").asString()).isEqualTo("Nov 2016");
    assertThat(first.get("latest").get("state").asString()).isEqualTo("APPROVED");
    assertThat(first.get("state").asString()).isEqualTo("Approved");
    assertThat(first.get("toEnter").get("month").asString()).isEqualTo("2016-12");
    assertThat(first.get("toEnter").get("period").asString()).isEqualTo("Dec 2016");
    // Due on the 10th working day after 31 December 2016; the clock is years later.
    assertThat(first.get("timeliness").asString())
        .isEqualTo("Overdue: it was due on 16 January 2017");
  }

  @Test
  void givesSomeoneWhoEntersNothingAnEmptyList() {
    people.person("api.cllr", Role.COUNCILLOR);

    HttpResponse<String> response = people.api("api.cllr", ApiScope.READ).get("/api/v1/my-figures");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).isArray()).isTrue();
    assertThat(json(response).size()).isZero();
  }

  @Test
  void queuesAFigureSubmittedByItsOwnerUntilTheTeamDecidesOnIt() {
    HttpResponse<String> entered =
        people
            .api(OWNER, ApiScope.WRITE)
            .send(
                "PUT",
                "/api/v1/indicators/17/figures/2016-12",
                "{\"value\":5,\"commentary\":\"Two more signed\",\"submit\":true}");
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
    JsonNode mine = row(json(people.api(OWNER, ApiScope.READ).get("/api/v1/my-figures")), "17");
    assertThat(mine.get("state").asString()).isEqualTo("Submitted");
    assertThat(mine.get("timeliness").asString()).isEqualTo("Submitted, awaiting approval");

    HttpResponse<String> queue = people.api("admin", ApiScope.READ).get("/api/v1/approvals");

    assertThat(queue.statusCode()).isEqualTo(200);
    JsonNode waiting = row(json(queue), "17");
    assertThat(waiting.get("month").asString()).isEqualTo("2016-12");
    assertThat(waiting.get("enteredBy").asString()).isEqualTo(OWNER);
    assertThat(waiting.get("figure").get("value").decimalValue()).isEqualByComparingTo("5");
    assertThat(waiting.get("figure").get("state").asString()).isEqualTo("SUBMITTED");
    assertThat(waiting.get("figure").get("commentary").asString()).isEqualTo("Two more signed");
    assertThat(codes(json(queue))).doesNotContain("16");

    long id = waiting.get("figure").get("id").asLong();
    int version = waiting.get("figure").get("version").asInt();
    HttpResponse<String> approved =
        people
            .api("admin", ApiScope.APPROVE)
            .send(
                "POST",
                "/api/v1/figures/" + id + "/decision",
                "{\"decision\":\"approve\",\"version\":" + version + "}");
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(codes(json(people.api("admin", ApiScope.READ).get("/api/v1/approvals"))))
        .doesNotContain("17");
  }

  @Test
  void letsOnlyThePerformanceTeamReadTheQueueAndOnlyWithTheReadScope() {
    people.person("api.only.admin", Role.ADMINISTRATOR);

    HttpResponse<String> owner = people.api(OWNER, ApiScope.READ).get("/api/v1/approvals");
    HttpResponse<String> administrator =
        people.api("api.only.admin", ApiScope.values()).get("/api/v1/approvals");
    HttpResponse<String> withoutRead =
        people.api("admin", ApiScope.WRITE, ApiScope.APPROVE).get("/api/v1/approvals");
    HttpResponse<String> mineWithoutRead =
        people.api(OWNER, ApiScope.WRITE).get("/api/v1/my-figures");

    assertThat(owner.statusCode()).isEqualTo(403);
    assertThat(owner.body()).doesNotContain("\"code\"");
    assertThat(administrator.statusCode()).isEqualTo(403);
    assertThat(withoutRead.statusCode()).isEqualTo(403);
    assertThat(mineWithoutRead.statusCode()).isEqualTo(403);
  }

  private static JsonNode row(JsonNode rows, String code) {
    for (JsonNode row : rows) {
      if (row.get("code").asString().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("No row for " + code + " in " + rows);
  }

  private static List<String> codes(JsonNode rows) {
    List<String> codes = new ArrayList<>();
    rows.forEach(row -> codes.add(row.get("code").asString()));
    return codes;
  }
}
