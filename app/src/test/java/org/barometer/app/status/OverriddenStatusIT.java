package org.barometer.app.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.NovemberReport;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A status set by hand keeps the computed one and its reason beside it wherever a status is shown
 * (the report page and files, the public site, the open data) and in the audit trail; a period with
 * no approved figure cannot be overridden. A database of its own: it publishes November.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=overridden")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverriddenStatusIT {

  /** The corporate indicators red in November 2016, whose exceptions publishing needs. */
  static final List<String> RED = NovemberReport.RED;

  static final String REASON = "Meets the national threshold of 75%";
  static final String COMPUTED = "Amber: 79.1% is 6.9 percentage points";

  @LocalServerPort int port;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  @Test
  @Order(1)
  void auditsTheJudgedStatusWithTheComputedOneAndItsReason() {
    WebClient team = team();

    team.submit(
        "/indicators/21?month=2016-11",
        "/indicators/21/status/2016-11",
        Map.of("colour", "GREEN", "reason", REASON));

    AuditEvent event =
        audit.about("indicator", "21").stream()
            .filter(e -> e.action().equals("status.overridden"))
            .findFirst()
            .orElseThrow();
    JsonNode after = json.readTree(event.newValue());
    assertThat(after.get("status").asString()).isEqualTo("GREEN");
    assertThat(after.get("computed").asString()).isEqualTo("AMBER");
    assertThat(after.get("computedReason").asString()).startsWith(COMPUTED);
    assertThat(json.readTree(event.oldValue()).get("status").asString()).isEqualTo("COMPUTED");
    assertThat(event.reason()).isEqualTo(REASON);
  }

  @Test
  @Order(2)
  void refusesAnOverrideForAPeriodWithNoApprovedFigureAndStoresNothing() {
    WebClient team = team();
    int before = overrides("21");

    HttpResponse<String> refused =
        team.submit(
            "/indicators/21?month=2016-12",
            "/indicators/21/status/2016-12",
            Map.of("colour", "RED", "reason", "Expected to fall"));

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(team.get("/indicators/21?month=2016-12").body())
        .contains("There is a problem")
        .contains("Dec 2016 has no approved figure: a status is set by hand only for a period");
    assertThat(overrides("21")).isEqualTo(before);
    assertThat(audit.about("indicator", "21"))
        .extracting(AuditEvent::action)
        .containsOnlyOnce("status.overridden");
  }

  @Test
  @Order(3)
  void theDraftReportPageAndFilesShowTheComputedStatusBesideTheJudgedOne() throws IOException {
    WebClient team = team();

    String page = team.get("/reports/2016-11").body();
    CSVRecord row = row(team.get("/reports/2016-11/files/all.csv").body(), "21");

    assertThat(page).contains("Green (overridden)").contains(REASON);
    assertThat(page).contains("Computed status: " + COMPUTED);
    assertThat(row.get("status")).isEqualTo("GREEN");
    assertThat(row.get("status_reason")).isEqualTo(REASON);
    assertThat(row.get("computed_status")).isEqualTo("AMBER");
    assertThat(row.get("computed_status_reason")).startsWith(COMPUTED);
    assertThat(team.get("/indicators?month=2016-11").body()).contains("Computed: Amber");
  }

  @Test
  @Order(4)
  void thePublicSiteAndTheOpenDataShowTheComputedStatusBesideTheJudgedOne() throws IOException {
    publishNovember();
    WebClient anyone = new WebClient(port);

    String indicator = anyone.get("/public/indicators/21").body();
    String list = anyone.get("/public/indicators").body();
    JsonNode edition = json.readTree(anyone.get("/open-data/editions/2016-11.json").body());
    String metadata = anyone.get("/open-data/editions/2016-11.csv-metadata.json").body();
    CSVRecord row = row(anyone.get("/open-data/editions/2016-11.csv").body(), "21");

    assertThat(indicator)
        .contains("Green (overridden)")
        .contains(REASON)
        .contains("Computed status: " + COMPUTED);
    assertThat(list).contains("Computed: Amber");
    JsonNode published = null;
    for (JsonNode i : edition.get("report").get("indicators")) {
      if (i.get("code").asString().equals("21")) {
        published = i;
      }
    }
    assertThat(published.get("status").asString()).isEqualTo("GREEN");
    assertThat(published.get("computedStatus").asString()).isEqualTo("AMBER");
    assertThat(published.get("computedStatusReason").asString()).startsWith(COMPUTED);
    assertThat(metadata).contains("\"computed_status\"").contains("\"computed_status_reason\"");
    assertThat(row.get("computed_status")).isEqualTo("AMBER");
    assertThat(row.get("computed_status_reason")).startsWith(COMPUTED);
  }

  private void publishNovember() {
    NovemberReport.publish(team());
  }

  private static CSVRecord row(String csv, String code) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).stream()
        .filter(r -> r.get("indicator_code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private int overrides(String code) {
    return jdbc.sql(
            "select count(*) from status_override o join indicator i on i.id = o.indicator_id"
                + " where i.code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }

  private WebClient team() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }
}
