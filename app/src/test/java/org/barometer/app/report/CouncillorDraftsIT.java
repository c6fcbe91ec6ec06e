package org.barometer.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.ApiPeople;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Councillors read published editions only, until an administrator grants them drafts in the
 * settings: on the report's pages, its files and the API. November 2016 is a draft here (nothing is
 * published). The database is the one the other settings tests change ({@code organisation}), and
 * each test leaves the setting as it found it.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=organisation")
class CouncillorDraftsIT {

  private static final String PASSWORD = "councillor-drafts-password";
  private static final String DRAFT = "/reports/2016-11";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder encoder;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  @BeforeEach
  void givenACouncillorAndADataOwner() {
    for (Map.Entry<String, Role> person :
        Map.of("cllr.drafts", Role.COUNCILLOR, "owner.drafts", Role.DATA_OWNER).entrySet()) {
      if (accounts.byUsername(person.getKey()).isEmpty()) {
        accounts.add(
            person.getKey(),
            person.getKey(),
            null,
            encoder.encode(PASSWORD),
            Set.of(person.getValue()),
            clock.instant());
      }
    }
  }

  @Test
  void byDefaultACouncillorReadsNoDraftOnPagesFilesOrTheApi() {
    WebClient councillor = signedIn("cllr.drafts");
    ApiClient api = people().api("cllr.drafts", ApiScope.READ);

    HttpResponse<String> page = councillor.get(DRAFT);
    HttpResponse<String> fromApi = api.get("/api/v1/reports/2016-11");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(councillor.get(DRAFT + "/packs/committee-people").statusCode()).isEqualTo(403);
    assertThat(councillor.get(DRAFT + "/files/all.csv").statusCode()).isEqualTo(403);
    assertThat(councillor.get(DRAFT + "/files/all.pdf").statusCode()).isEqualTo(403);
    assertThat(councillor.get("/reports").body())
        .contains("the organisation has not granted them drafts")
        .doesNotContain("Open the report for");
    assertThat(fromApi.statusCode()).isEqualTo(403);
    assertThat(fromApi.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.get("/api/v1/reports").statusCode()).isEqualTo(200);
    assertThat(signedIn("owner.drafts").get(DRAFT).statusCode())
        .as("a data owner works on the report")
        .isEqualTo(200);
  }

  @Test
  void onceGrantedACouncillorReadsDraftsUntilTheGrantIsWithdrawnWithAReason() {
    ApiClient adminApi = people().api("admin", ApiScope.READ, ApiScope.WRITE);
    WebClient councillor = signedIn("cllr.drafts");
    ApiClient api = people().api("cllr.drafts", ApiScope.READ);
    int before = audit.about("setting", "reports.councillors_see_drafts").size();

    HttpResponse<String> granted =
        adminApi.send("PUT", "/api/v1/admin/settings", settings(adminApi, true, "Cabinet asked"));
    try {
      assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
      assertThat(ApiClient.json(granted).get("councillorsSeeDrafts").asBoolean()).isTrue();
      assertThat(councillor.get(DRAFT).body())
          .contains("Monthly Performance Report: November 2016")
          .contains("Draft, built");
      assertThat(councillor.get(DRAFT + "/files/all.csv").statusCode()).isEqualTo(200);
      assertThat(ApiClient.json(api.get("/api/v1/reports/2016-11")).get("state").asString())
          .isEqualTo("draft");
      assertThat(councillor.get("/reports").body()).contains("Open the report for");
    } finally {
      WebClient admin = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
      JsonNode now = ApiClient.json(adminApi.get("/api/v1/admin/settings"));
      HttpResponse<String> withdrawn =
          admin.submit(
              "/admin/settings",
              "/admin/settings",
              Map.of(
                  "toleranceKind", now.get("toleranceKind").asString(),
                  "toleranceValue", now.get("toleranceValue").decimalValue().toPlainString(),
                  "dueWorkingDays", now.get("dueWorkingDays").asString(),
                  "organisationName", now.get("organisationName").asString(),
                  "councillorsSeeDrafts", "false",
                  "reason", "Published editions only again"));
      assertThat(withdrawn.statusCode()).isEqualTo(302);
    }

    assertThat(councillor.get(DRAFT).statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/reports/2016-11").statusCode()).isEqualTo(403);
    assertThat(audit.about("setting", "reports.councillors_see_drafts"))
        .hasSize(before + 2)
        .last()
        .extracting(AuditEvent::oldValue, AuditEvent::newValue, AuditEvent::reason)
        .containsExactly(
            "{\"councillorsSeeDrafts\": \"true\"}",
            "{\"councillorsSeeDrafts\": \"false\"}",
            "Published editions only again");
  }

  private static String settings(ApiClient admin, boolean drafts, String reason) {
    JsonNode now = ApiClient.json(admin.get("/api/v1/admin/settings"));
    return "{\"toleranceKind\": \""
        + now.get("toleranceKind").asString()
        + "\", \"toleranceValue\": "
        + now.get("toleranceValue").decimalValue().toPlainString()
        + ", \"dueWorkingDays\": "
        + now.get("dueWorkingDays").asInt()
        + ", \"councillorsSeeDrafts\": "
        + drafts
        + ", \"reason\": \""
        + reason
        + "\"}";
  }

  private ApiPeople people() {
    return new ApiPeople(port, accounts, tokens, clock);
  }

  private WebClient signedIn(String username) {
    return signedIn(username, PASSWORD);
  }

  private WebClient signedIn(String username, String password) {
    WebClient browser = new WebClient(port);
    browser.signIn(username, password);
    return browser;
  }
}
