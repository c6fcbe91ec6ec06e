package org.barometer.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The journey of a figure: entered, checked, submitted, approved, rated, audited. */
@IntegrationTest
class CollectionIT {

  @LocalServerPort int port;
  @Autowired AuditTrail audit;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void refusesABadFigureSaysWhyAndStoresNothing() {
    WebClient team = signedInTeam();

    HttpResponse<String> notANumber = enter(team, "10", "2016-12", "ninety", "", "submit");
    HttpResponse<String> tooHigh = enter(team, "10", "2016-12", "101", "", "submit");

    assertThat(notANumber.statusCode()).isEqualTo(200);
    assertThat(notANumber.body())
        .contains("There is a problem")
        .contains("The value must be a number, like 87.34, not &#39;ninety&#39;");
    assertThat(tooHigh.body()).contains("A percentage cannot be above 100: 101");
    assertThat(figuresFor("10", "2016-12-01")).isZero();
  }

  @Test
  void asksForACommentaryOnARedFigureThenSubmitsApprovesAndRatesIt() {
    WebClient team = signedInTeam();

    HttpResponse<String> noCommentary = enter(team, "9", "2016-12", "45.00", "", "submit");
    assertThat(noCommentary.body())
        .contains("This figure is red against its target")
        .contains("is far outside this indicator&#39;s usual range");
    assertThat(figuresFor("9", "2016-12-01")).isZero();

    HttpResponse<String> submitted =
        team.submit(
            "/indicators/9/figures/2016-12",
            "/indicators/9/figures/2016-12",
            Map.of(
                "value", "45.00",
                "commentary",
                    "Garden waste fell with the dry autumn; a campaign starts in January.",
                "explanation", "The garden waste round was suspended for three weeks.",
                "action", "submit"));
    assertThat(submitted.statusCode()).isEqualTo(302);
    assertThat(team.get("/indicators/9?month=2016-12").body())
        .contains("Amber")
        .contains("Nov 2016, 1 month before the report month");

    HttpResponse<String> queue = team.get("/approvals");
    assertThat(queue.body()).contains("Garden waste fell with the dry autumn");
    long id =
        jdbc.sql(
                "select m.id from measurement m join indicator i on i.id = m.indicator_id where i.code = '9' and m.period_start = '2016-12-01'")
            .query(Long.class)
            .single();
    int version =
        jdbc.sql("select version from measurement where id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    HttpResponse<String> approved =
        team.submit(
            "/approvals",
            "/approvals/" + id,
            Map.of("version", Integer.toString(version), "decision", "approve"));
    assertThat(approved.statusCode()).isEqualTo(302);

    assertThat(team.get("/indicators/9?month=2016-12").body())
        .contains(
            "Red: 45.00% is 9.00 percentage points (16.7%) below the December target of 54.00%");
    assertThat(audit.about("indicator", "9"))
        .extracting(AuditEvent::action)
        .containsSubsequence("figure.submitted", "figure.approved");
  }

  @Test
  void returnsAFigureWithAReasonTheOwnerSees() {
    WebClient team = signedInTeam();
    enter(team, "31", "2016-12", "1.50", "", "submit");
    long id =
        jdbc.sql(
                "select m.id from measurement m join indicator i on i.id = m.indicator_id where i.code = '31' and m.period_start = '2016-12-01'")
            .query(Long.class)
            .single();

    HttpResponse<String> withoutReason =
        team.submit("/approvals", "/approvals/" + id, Map.of("version", "0", "decision", "return"));
    HttpResponse<String> returned =
        team.submit(
            "/approvals",
            "/approvals/" + id,
            Map.of(
                "version",
                "0",
                "decision",
                "return",
                "reason",
                "Use the arrears at month end, not mid-month"));

    assertThat(withoutReason.body()).contains("Say why the figure is returned");
    assertThat(returned.statusCode()).isEqualTo(302);
    assertThat(team.get("/indicators/31/figures/2016-12").body())
        .contains("Use the arrears at month end, not mid-month");
  }

  @Test
  void aDecisionOnAFigureThatIsNotThereIsNotFound() {
    WebClient team = signedInTeam();

    HttpResponse<String> decided =
        team.submit(
            "/approvals", "/approvals/987654321", Map.of("version", "0", "decision", "approve"));

    assertThat(decided.statusCode()).isEqualTo(404);
  }

  @Test
  void tellsTheSecondOfTwoEditorsAndShowsTheFirstOnesChange() {
    WebClient first = signedInTeam();
    WebClient second = signedInTeam();
    enter(first, "32", "2016-12", "90", "", "save");
    String formOfSecond = second.get("/indicators/32/figures/2016-12").body();
    assertThat(formOfSecond).contains("name=\"version\" value=\"0\"");

    first.submit(
        "/indicators/32/figures/2016-12",
        "/indicators/32/figures/2016-12",
        Map.of("value", "91", "version", "0", "action", "save"));
    HttpResponse<String> late =
        second.submit(
            "/indicators/32/figures/2016-12",
            "/indicators/32/figures/2016-12",
            Map.of("value", "95", "version", "0", "action", "save"));

    assertThat(late.body())
        .contains("Someone else changed this figure")
        .contains("<strong>91</strong>");
    assertThat(
            jdbc.sql(
                    "select value from measurement m join indicator i on i.id = m.indicator_id where i.code = '32' and m.period_start = '2016-12-01'")
                .query(String.class)
                .single())
        .isEqualTo("91");
  }

  @Test
  void saysWhenEachNextFigureIsDue() {
    String page = signedInTeam().get("/my-figures").body();

    // December 2016's figure was due on the 10th working day after 31 December: 16 January 2017
    // (2 January was the New Year bank holiday); the clock is years later, so it is overdue.
    assertThat(page).contains("Overdue: it was due on 16 January 2017");
  }

  @Test
  void forbidsADataOwnerFromEnteringAnotherOwnersFigures() {
    accounts.add(
        "someone.else",
        "Someone Else",
        null,
        encoder.encode("owner-password-1"),
        Set.of(Role.DATA_OWNER),
        clock.instant());
    WebClient owner = new WebClient(port);
    owner.signIn("someone.else", "owner-password-1");

    assertThat(owner.get("/indicators/1/figures/2016-12").statusCode()).isEqualTo(403);
  }

  private WebClient signedInTeam() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }

  private static HttpResponse<String> enter(
      WebClient client, String code, String month, String value, String commentary, String action) {
    String path = "/indicators/" + code + "/figures/" + month;
    return client.submit(
        path, path, Map.of("value", value, "commentary", commentary, "action", action));
  }

  private int figuresFor(String code, String start) {
    return jdbc.sql(
            "select count(*) from measurement m join indicator i on i.id = m.indicator_id where i.code = ? and m.period_start = cast(? as date)")
        .params(code, start)
        .query(Integer.class)
        .single();
  }
}
