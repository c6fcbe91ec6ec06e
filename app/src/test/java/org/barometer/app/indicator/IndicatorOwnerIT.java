package org.barometer.app.indicator;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The performance team says who owns an indicator; its owner then enters its figures. */
@IntegrationTest
class IndicatorOwnerIT {

  private static final String PASSWORD = "owner-password-12";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired Indicators indicators;
  @Autowired AuditTrail audit;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;

  @BeforeEach
  void givenTwoDataOwners() {
    for (String username : new String[] {"owner.fourteen", "owner.other"}) {
      if (accounts.byUsername(username).isEmpty()) {
        accounts.add(
            username,
            "Owner " + username.substring(6),
            null,
            encoder.encode(PASSWORD),
            Set.of(Role.DATA_OWNER),
            clock.instant());
      }
    }
  }

  @Test
  void makesANewVersionThatLetsTheOwnerAndNoOtherDataOwnerEnterFigures() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    IndicatorVersion before = indicators.currentByCode("14").orElseThrow();
    long owner = accounts.byUsername("owner.fourteen").orElseThrow().id();
    assertThat(team.get("/indicators/14").body())
        .contains("href=\"/indicators/14/owner\"")
        .contains("Not assigned");

    HttpResponse<String> assigned =
        assign(
            team,
            "14",
            Long.toString(owner),
            "Took over the sports development service",
            before.version());

    assertThat(assigned.statusCode()).isEqualTo(302);
    IndicatorVersion after = indicators.currentByCode("14").orElseThrow();
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.definition().ownerUserId()).contains(owner);
    assertThat(after.changeReason()).isEqualTo("Took over the sports development service");
    assertThat(after.definition().withOwner(before.definition().ownerUserId()))
        .isEqualTo(before.definition());
    assertThat(team.get("/indicators/14").body())
        .contains("Owner fourteen (owner.fourteen)")
        .contains("The owner of indicator 14 is changed");
    assertThat(
            signedIn("owner.fourteen", PASSWORD).get("/indicators/14/figures/2016-12").statusCode())
        .isEqualTo(200);
    assertThat(signedIn("owner.other", PASSWORD).get("/indicators/14/figures/2016-12").statusCode())
        .isEqualTo(403);
    assertThat(audit.about("indicator", "14"))
        .filteredOn(e -> e.action().equals("indicator.owner-changed"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.oldValue())
                    .isEqualTo("{\"owner\": null, \"version\": \"" + before.version() + "\"}"))
        .satisfies(
            e ->
                assertThat(e.newValue())
                    .isEqualTo(
                        "{\"owner\": \"owner.fourteen\", \"version\": \""
                            + after.version()
                            + "\"}"))
        .extracting(AuditEvent::reason)
        .isEqualTo("Took over the sports development service");
  }

  @Test
  void refusesAMissingReasonSomeoneWhoIsNotADataOwnerAndAStaleFormStoringNothing() {
    WebClient team = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
    IndicatorVersion before = indicators.currentByCode("15").orElseThrow();
    String owner = Long.toString(accounts.byUsername("owner.other").orElseThrow().id());
    String admin = Long.toString(accounts.byUsername("admin").orElseThrow().id());

    HttpResponse<String> noReason = assign(team, "15", owner, "", before.version());
    HttpResponse<String> notAnOwner = assign(team, "15", admin, "Why not", before.version());
    HttpResponse<String> stale = assign(team, "15", owner, "Late", before.version() - 1);

    assertThat(noReason.body()).contains("<a href=\"#reason\">Say why the owner changes</a>");
    assertThat(notAnOwner.body())
        .contains("Choose an owner from the list: only data owners can own an indicator");
    assertThat(stale.body())
        .contains("Someone else changed this indicator&#39;s definition")
        .contains("name=\"version\" value=\"" + before.version() + "\"");
    assertThat(indicators.currentByCode("15").orElseThrow().version()).isEqualTo(before.version());
  }

  private HttpResponse<String> assign(
      WebClient team, String code, String owner, String reason, int version) {
    String path = "/indicators/" + code + "/owner";
    return team.submit(
        path, path, Map.of("owner", owner, "reason", reason, "version", Integer.toString(version)));
  }

  private WebClient signedIn(String username, String password) {
    WebClient browser = new WebClient(port);
    browser.signIn(username, password);
    return browser;
  }
}
