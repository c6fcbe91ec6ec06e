package org.barometer.app.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.register.AssessIndicators;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.barometer.core.period.FinancialYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The target editor's pages on PostgreSQL: set, change, refuse, and keep every version. */
@IntegrationTest
class TargetEditorIT {

  @LocalServerPort int port;
  @Autowired Targets targets;
  @Autowired Indicators indicators;
  @Autowired AssessIndicators assess;
  @Autowired AuditTrail audit;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void setsATargetForANewYearWithItsDecisionAndShowsItForEveryMonth() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    String edit = "/indicators/1/targets/2018-19/edit";

    HttpResponse<String> saved =
        team.submit(
            edit,
            edit,
            Map.of(
                "basedOn", "0",
                "kind", "SINGLE",
                "value", "82.5",
                "appliesFrom", "2018-04",
                "agreedBy", "Cabinet",
                "proposedBy", "Corporate Management Team",
                "decidedDay", "18",
                "decidedMonth", "1",
                "decidedYear", "2017",
                "reference", "Minute 612"));

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/indicators/1/targets/2018-19"));
    String page = team.get("/indicators/1/targets/2018-19").body();
    assertThat(page)
        .contains("The 2018/19 target is set from April 2018")
        .contains("Apr 2018")
        .contains("Mar 2019")
        .contains("82.50%")
        .contains("Agreed by Cabinet")
        .contains("Proposed by Corporate Management Team")
        .contains("On 18 January 2017")
        .contains("Reference Minute 612");
    assertThat(audit.about("indicator", "1")).extracting(AuditEvent::action).contains("target.set");
  }

  @Test
  void aChangeFromMidYearKeepsTheEarlierTargetForTheEarlierMonths() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    long id = indicators.currentByCode("21").orElseThrow().indicatorId();
    long latest = targets.latest(id, new FinancialYear(2016)).orElseThrow().id();
    String edit = "/indicators/21/targets/2016-17/edit";
    String before = statusReason("21", "2016-11");

    HttpResponse<String> noReason = team.submit(edit, edit, changeTo21(latest, "70", ""));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("Say why the target changes");
    assertThat(targets.of(id, new FinancialYear(2016))).hasSize(1);

    HttpResponse<String> saved =
        team.submit(edit, edit, changeTo21(latest, "70", "Revised after the quarter 3 review"));

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(targets.of(id, new FinancialYear(2016))).hasSize(2);
    String page = team.get("/indicators/21/targets/2016-17").body();
    assertThat(page).contains("Revised after the quarter 3 review");
    assertThat(rowOf(page, "Nov 2016")).contains("86.0%");
    assertThat(rowOf(page, "Dec 2016")).contains("70.0%");
    assertThat(statusReason("21", "2016-11")).isEqualTo(before).contains("86.0%");
    AuditEvent changed =
        audit.about("indicator", "21").stream()
            .filter(e -> e.action().equals("target.changed"))
            .findFirst()
            .orElseThrow();
    assertThat(changed.oldValue()).contains("86.0%");
    assertThat(changed.newValue()).contains("70.0%").contains("2016-12");
    assertThat(changed.reason()).isEqualTo("Revised after the quarter 3 review");
  }

  @Test
  void refusesEveryWrongFieldAtOnceAndStoresNothing() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    String edit = "/indicators/24/targets/2019-20/edit";
    long id = indicators.currentByCode("24").orElseThrow().indicatorId();

    HttpResponse<String> refused =
        team.submit(
            edit,
            edit,
            Map.of(
                "basedOn", "0",
                "kind", "RANGE",
                "low", "68.3",
                "high", "57.3",
                "appliesFrom", "2018-04",
                "agreedBy", "",
                "decidedDay", "31",
                "decidedMonth", "9",
                "decidedYear", "2019",
                "reason", "<script>alert(1)</script>"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("href=\"#high\"")
        .contains("The top of the range (57.3) is below its bottom (68.3)")
        .contains("href=\"#appliesFrom\"")
        .contains("Choose the month of 2019/20")
        .contains("href=\"#agreedBy\"")
        .contains("href=\"#decidedOn\"")
        .contains("There is no such date as 31/9/2019")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(targets.of(id, new FinancialYear(2019))).isEmpty();
  }

  @Test
  void tellsTheSecondOfTwoEditorsWhatTheFirstChanged() {
    WebClient first = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    person("target.second", Role.PERFORMANCE_TEAM);
    WebClient second = signedIn("target.second", "target-second-pass");
    String edit = "/indicators/22/targets/2018-19/edit";
    Map<String, String> form =
        Map.of(
            "basedOn", "0",
            "kind", "SINGLE",
            "value", "90",
            "appliesFrom", "2018-04",
            "agreedBy", "Cabinet");

    first.submit(edit, edit, form);
    HttpResponse<String> late =
        second.submit(
            edit,
            edit,
            Map.of(
                "basedOn", "0",
                "kind", "SINGLE",
                "value", "95",
                "appliesFrom", "2018-04",
                "agreedBy", "Cabinet"));

    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body())
        .contains("Someone else changed this year")
        .contains("admin set it to 90");
    long id = indicators.currentByCode("22").orElseThrow().indicatorId();
    assertThat(targets.of(id, new FinancialYear(2018))).hasSize(1);
  }

  @Test
  void fillsTheBlankMonthsOfAProfileInAStraightLineFromZero() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    String edit = "/indicators/12/targets/2018-19/edit";
    List<Map.Entry<String, String>> form = new ArrayList<>();
    form.add(Map.entry("basedOn", "0"));
    form.add(Map.entry("kind", "PROFILE"));
    for (int month = 1; month <= 12; month++) {
      form.add(Map.entry("months", month == 8 ? "5,078" : month == 12 ? "7389" : ""));
    }
    form.add(Map.entry("action", "fill"));

    HttpResponse<String> filled = team.submit(edit, edit, form);

    assertThat(filled.statusCode()).isEqualTo(200);
    assertThat(filled.body())
        .contains("value=\"634.75\"")
        .contains("value=\"1269.5\"")
        .contains("value=\"5,078\"")
        .contains("value=\"5655.75\"");
    long id = indicators.currentByCode("12").orElseThrow().indicatorId();
    assertThat(targets.of(id, new FinancialYear(2018))).isEmpty();
  }

  @Test
  void onlyThePerformanceTeamMayOpenOrUseTheEditor() {
    person("target.councillor", Role.COUNCILLOR);
    person("target.owner", Role.DATA_OWNER);
    for (String who : List.of("target.councillor", "target.owner")) {
      WebClient client = signedIn(who, "target-" + who.substring(7) + "-pass");
      assertThat(client.get("/indicators/1/targets/2016-17").statusCode()).isEqualTo(200);
      assertThat(client.get("/indicators/1/targets/2016-17").body())
          .doesNotContain("Change the 2016/17 target");
      assertThat(client.get("/indicators/1/targets/2016-17/edit").statusCode()).isEqualTo(403);
      HttpResponse<String> post =
          client.submit(
              "/indicators/1/targets/2016-17",
              "/indicators/1/targets/2016-17/edit",
              Map.of("basedOn", "0", "kind", "NONE", "agreedBy", "Me"));
      assertThat(post.statusCode()).isEqualTo(403);
    }
    long id = indicators.currentByCode("1").orElseThrow().indicatorId();
    assertThat(targets.of(id, new FinancialYear(2016))).hasSize(1);
  }

  @Test
  void theDatabaseNeverChangesOrRemovesATargetVersion() {
    long id = indicators.currentByCode("2").orElseThrow().indicatorId();
    List<StoredTarget> before = targets.of(id);

    jdbc.sql("update target_version set value = 1 where indicator_id = ?").param(id).update();
    jdbc.sql("delete from target_version where indicator_id = ?").param(id).update();

    assertThat(targets.of(id)).isEqualTo(before);
  }

  private Map<String, String> changeTo21(long basedOn, String value, String reason) {
    return Map.of(
        "basedOn",
        Long.toString(basedOn),
        "kind",
        "SINGLE",
        "value",
        value,
        "appliesFrom",
        "2016-12",
        "agreedBy",
        "Chief Executive under delegation",
        "reason",
        reason);
  }

  private String statusReason(String code, String month) {
    return assess
        .one(code, java.time.YearMonth.parse(month))
        .orElseThrow()
        .assessment()
        .status()
        .reason();
  }

  /** The table row of a period on the year's page. */
  private static String rowOf(String page, String period) {
    int at = page.indexOf(">" + period + "<");
    assertThat(at).as("row for " + period).isPositive();
    return page.substring(at, page.indexOf("</tr>", at));
  }

  private void person(String username, Role role) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(
          username,
          username,
          null,
          encoder.encode("target-" + username.substring(7) + "-pass"),
          Set.of(role),
          clock.instant());
    }
  }

  private WebClient signedIn(String username, String password) {
    WebClient client = new WebClient(port);
    client.signIn(username, password);
    return client;
  }
}
