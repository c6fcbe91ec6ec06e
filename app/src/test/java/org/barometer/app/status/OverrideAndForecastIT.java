package org.barometer.app.status;

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
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class OverrideAndForecastIT {

  @LocalServerPort int port;
  @Autowired AuditTrail audit;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void overridesAStatusForOnePeriodKeepingTheComputedOneAndWithdrawsIt() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    String page = "/indicators/21?month=2016-11";

    HttpResponse<String> noReason =
        team.submit(page, "/indicators/21/status/2016-11", Map.of("colour", "GREEN"));
    assertThat(team.get(page).body()).contains("Give the reason for the status");
    assertThat(noReason.statusCode()).isEqualTo(302);

    team.submit(
        page,
        "/indicators/21/status/2016-11",
        Map.of("colour", "GREEN", "reason", "Meets the national threshold of 75%"));
    String overridden = team.get(page).body();
    assertThat(overridden)
        .contains("Green (overridden)")
        .contains("Meets the national threshold of 75%");
    assertThat(overridden).contains("Computed status: Amber: 79.1% is 6.9 percentage points");

    team.submit(
        page,
        "/indicators/21/status/2016-11",
        Map.of("colour", "COMPUTED", "reason", "Threshold no longer applies"));
    assertThat(team.get(page).body()).doesNotContain("(overridden)").contains("Amber: 79.1%");
    assertThat(audit.about("indicator", "21"))
        .extracting(AuditEvent::action)
        .containsSubsequence("status.overridden", "status.override-withdrawn");
  }

  @Test
  void forbidsACouncillorFromOverriding() {
    accounts.add(
        "cllr.lamb",
        "Councillor Lamb",
        null,
        encoder.encode("councillor-pass-1"),
        Set.of(Role.COUNCILLOR),
        clock.instant());
    WebClient councillor = signedIn("cllr.lamb", "councillor-pass-1");

    HttpResponse<String> response =
        councillor.submit(
            "/indicators/22?month=2016-11",
            "/indicators/22/status/2016-11",
            Map.of("colour", "RED", "reason", "no"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(councillor.get("/indicators/22?month=2016-11").body())
        .doesNotContain("(overridden)")
        .doesNotContain("by hand");
  }

  @Test
  void showsTheOwnersForecastBesideTheComputedOne() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    String path = "/indicators/33/figures/2016-12";

    HttpResponse<String> bad =
        team.submit(
            path, path, Map.of("value", "87.20", "forecast", "about ninety", "action", "save"));
    team.submit(path, path, Map.of("value", "87.20", "forecast", "88.5", "action", "submit"));
    long id =
        jdbc.sql(
                "select m.id from measurement m join indicator i on i.id = m.indicator_id"
                    + " where i.code = '33' and m.period_start = '2016-12-01'")
            .query(Long.class)
            .single();
    team.submit("/approvals", "/approvals/" + id, Map.of("version", "0", "decision", "approve"));

    assertThat(bad.body()).contains("The forecast must be a number");
    String page = team.get("/indicators/33?month=2016-12").body();
    assertThat(page)
        .contains("Year-end forecast (computed)")
        .contains("Year-end forecast (owner's)");
    assertThat(page).contains("88.50% (entered with the Dec 2016 figure by admin)");
  }

  private WebClient signedIn(String username, String password) {
    WebClient client = new WebClient(port);
    client.signIn(username, password);
    return client;
  }
}
