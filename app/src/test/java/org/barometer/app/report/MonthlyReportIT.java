package org.barometer.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.ApiPeople;
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

/**
 * The November 2016 report on the demo data: opened as a draft with the seed's statuses, refused
 * while its red indicators lack their exceptions, published once its exceptions are written, and
 * unchanged after a figure in it is corrected, which the next month's draft shows as a revision. A
 * database of its own: publishing and correcting change what other tests read.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=report")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyReportIT {

  static final List<String> RED = NovemberReport.RED;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired Editions editions;
  @Autowired BuildReport build;
  @Autowired ReportFiles files;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired java.time.Clock clock;
  @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

  @Test
  @Order(1)
  void theDraftShowsTheSeedsFiguresAndStatusesAndRefusesPublicationWhileExceptionsAreMissing() {
    WebClient team = signedInTeam();
    String draft = team.get("/reports/2016-11").body();
    assertThat(draft)
        .contains("Monthly Performance Report: November 2016")
        .contains("Southend-on-Sea Borough Council")
        .contains("Draft, built")
        .contains("Red: 5,719 is 641 (12.6%) above the November target of 5,078")
        .contains("Green: 91.66% is 12.66 percentage points above the November target of 79.00%")
        .contains(
            "Green: 69.90% is 2.57 percentage points above the November target of 67.33%"
                + " (monthly profile)")
        .contains("No status: no figure up to Nov 2016")
        .contains("<svg")
        .contains("People Scrutiny Committee");
    MonthlyReport report = build.build(YearMonth.of(2016, 11));
    assertThat(report.summary().total().now())
        .as("the seed's November statuses, collection rates against their profiles: seed-notes.md")
        .extracting(c -> c.red(), c -> c.amber())
        .containsExactly(6, 3);
    assertThat(report.exceptions())
        .extracting(ReportIndicator::code)
        .containsExactlyElementsOf(RED);

    HttpResponse<String> refused =
        team.submit("/reports/2016-11", "/reports/2016-11/publish", Map.of());
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("The report was not published")
        .contains("Red without an explanation or a recovery action");
    assertThat(count("report_edition")).isZero();
  }

  @Test
  @Order(2)
  void anExceptionNeedsBothItsPartsAndKeepsEachVersion() {
    WebClient team = signedInTeam();
    HttpResponse<String> half =
        team.submit(
            "/reports/2016-11/exceptions/12",
            "/reports/2016-11/exceptions/12",
            Map.of("explanation", "Rounds were missed <b>badly</b>", "recoveryAction", " "));
    assertThat(half.body())
        .contains("Say what is being done to bring it back on track")
        .contains("Rounds were missed &lt;b&gt;badly&lt;/b&gt;");
    assertThat(count("report_exception")).isZero();

    for (String code : RED) {
      HttpResponse<String> written =
          team.submit(
              "/reports/2016-11/exceptions/" + code,
              "/reports/2016-11/exceptions/" + code,
              Map.of(
                  "explanation", "What happened to " + code + " <b>this month</b>",
                  "recoveryAction", "A plan for " + code));
      assertThat(written.statusCode()).isEqualTo(302);
    }
    team.submit(
        "/reports/2016-11/exceptions/12",
        "/reports/2016-11/exceptions/12",
        Map.of(
            "explanation",
            "A new contractor missed rounds",
            "recoveryAction",
            "Rounds re-planned"));
    assertThat(team.get("/reports/2016-11/exceptions/12").body())
        .contains("Earlier versions")
        .contains("What happened to 12 &lt;b&gt;this month&lt;/b&gt;");
    assertThat(team.get("/reports/2016-11").body())
        .contains("A new contractor missed rounds")
        .contains("Rounds re-planned");
    assertThat(audit.about("indicator", "12"))
        .extracting(AuditEvent::action)
        .contains("exception.written");
  }

  @Test
  @Order(3)
  void publishingStoresTheReportAsItStandsOnce() {
    WebClient team = signedInTeam();
    MonthlyReport before = build.build(YearMonth.of(2016, 11));

    HttpResponse<String> published =
        team.submit("/reports/2016-11", "/reports/2016-11/publish", Map.of());

    assertThat(published.statusCode()).isEqualTo(302);
    Edition edition = editions.of(YearMonth.of(2016, 11)).orElseThrow();
    assertThat(edition.report().indicators())
        .as("the stored JSON reads back to the report as built")
        .isEqualTo(before.indicators());
    assertThat(edition.report().actions()).isEqualTo(before.actions());
    assertThat(files.formats())
        .containsExactlyInAnyOrder(
            ReportFormat.PDF, ReportFormat.CSV, ReportFormat.XLSX, ReportFormat.DOCX);
    List<String> stored =
        jdbc.sql("select pack || '.' || format from report_edition_file where edition_id = ?")
            .param(edition.id())
            .query(String.class)
            .list();
    List<String> expected = new java.util.ArrayList<>();
    for (Pack pack : edition.report().packs()) {
      files.formats().forEach(f -> expected.add(pack.key() + "." + f.name()));
    }
    assertThat(stored)
        .as("every pack's files, made once at publication")
        .containsExactlyInAnyOrderElementsOf(expected)
        .contains("committee-people.CSV", "department-chief-executives.CSV");
    byte[] csv = team.download("/reports/2016-11/files/all.csv");
    assertThat(csv)
        .isEqualTo(files.published(edition, "all", ReportFormat.CSV).orElseThrow().content());
    assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines())
        .as("a header and one row per indicator")
        .hasSize(35);
    assertThat(team.get("/reports/2016-11").body())
        .contains("Published")
        .contains("A new contractor missed rounds")
        .doesNotContain("Publish the November 2016 report");
    assertThat(team.submit("/reports", "/reports/2016-11/publish", Map.of()).body())
        .contains("already published");
    assertThat(count("report_edition")).isEqualTo(1);
    assertThat(
            team.submit(
                    "/reports/2016-11/exceptions/15",
                    "/reports/2016-11/exceptions/15",
                    Map.of("explanation", "Later", "recoveryAction", "Later"))
                .body())
        .contains("is published and never changes");
  }

  @Test
  @Order(4)
  void aCorrectionLeavesThePublishedEditionAsItWasAndShowsInTheNextDraft() {
    WebClient team = signedInTeam();
    String path = "/indicators/12/figures/2016-11";
    long id =
        jdbc.sql(
                "select m.id from measurement m join indicator i on i.id = m.indicator_id"
                    + " where i.code = '12' and m.period_start = '2016-11-01'")
            .query(Long.class)
            .single();
    HttpResponse<String> noReason =
        team.submit(
            path,
            path,
            Map.of("value", "700", "commentary", "x", "version", version(id), "action", "submit"));
    assertThat(noReason.body()).contains("say why it is corrected");

    HttpResponse<String> corrected =
        team.submit(
            path,
            path,
            Map.of(
                "value", "700",
                "commentary", "Late returns from the contractor",
                "correction", "Contractor's late returns for the last week of November",
                "version", version(id),
                "action", "submit"));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
    assertThat(
            team.submit(
                    "/approvals",
                    "/approvals/" + id,
                    Map.of("version", version(id), "decision", "approve"))
                .statusCode())
        .isEqualTo(302);

    String published = team.get("/reports/2016-11").body();
    assertThat(published)
        .as("November's total with the figure as published: 646 in November")
        .contains("5,719")
        .doesNotContain("5,773");
    String december = team.get("/reports/2016-12").body();
    assertThat(december)
        .contains("Revisions")
        .contains("Contractor&#39;s late returns for the last week of November")
        .contains("5,773")
        .contains(">646<")
        .contains(">700<");
    MonthlyReport next = build.build(YearMonth.of(2016, 12));
    assertThat(next.revisions())
        .singleElement()
        .extracting(
            ReportRevision::indicatorCode,
            ReportRevision::period,
            ReportRevision::was,
            ReportRevision::now)
        .containsExactly("12", "Nov 2016", "646", "700");
    assertThat(team.get("/reports/2016-12/exceptions/12").body())
        .as("a first exception starts from the commentary given with the figure")
        .contains(">Late returns from the contractor</textarea>");
  }

  @Test
  @Order(5)
  void aCouncillorReadsThePublishedEditionButNotTheNextMonthsDraft() {
    if (accounts.byUsername("cllr.report").isEmpty()) {
      accounts.add(
          "cllr.report",
          "Cllr Report",
          null,
          encoder.encode("councillor-report-password"),
          java.util.Set.of(org.barometer.app.security.Role.COUNCILLOR),
          clock.instant());
    }
    WebClient councillor = new WebClient(port);
    councillor.signIn("cllr.report", "councillor-report-password");
    ApiClient api = new ApiPeople(port, accounts, tokens, clock).api("cllr.report", ApiScope.READ);

    assertThat(councillor.get("/reports/2016-11").body()).contains("Published ");
    assertThat(councillor.get("/reports/2016-11/files/all.csv").statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(api.get("/api/v1/reports/2016-11")).get("state").asString())
        .isEqualTo("published");
    assertThat(councillor.get("/reports/2016-12").statusCode()).isEqualTo(403);
    assertThat(councillor.get("/reports/2016-12/files/all.xlsx").statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/reports/2016-12").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(5)
  void unknownMonthsAndPacksAreNotFound() {
    WebClient team = signedInTeam();
    assertThat(team.get("/reports/2016-13").statusCode()).isEqualTo(404);
    assertThat(team.get("/reports/nonsense").statusCode()).isEqualTo(404);
    assertThat(team.get("/reports/2016-11/packs/committee-nowhere").statusCode()).isEqualTo(404);
    assertThat(team.get("/reports/2016-11/packs/committee-people").body())
        .contains("People Scrutiny Committee");
  }

  @Test
  @Order(6)
  void programsReadAReportWriteExceptionsAndPublishThroughTheApi() {
    ApiPeople people = new ApiPeople(port, accounts, tokens, clock);
    ApiClient reader = people.api("admin", ApiScope.READ);
    ApiClient writer = people.api("admin", ApiScope.READ, ApiScope.WRITE, ApiScope.APPROVE);

    JsonNode draft = ApiClient.json(reader.get("/api/v1/reports/2016-12?pack=committee-place"));
    assertThat(draft.get("state").asString()).isEqualTo("draft");
    assertThat(draft.get("packs").toString()).contains("committee-people", "department-place");
    assertThat(draft.get("report").get("indicators")).isNotEmpty();
    List<String> codes = new java.util.ArrayList<>();
    for (JsonNode indicator : draft.get("report").get("indicators")) {
      codes.add(indicator.get("code").asString());
    }
    assertThat(codes).as("Place's indicators only").contains("12").doesNotContain("1", "2");
    assertThat(reader.get("/api/v1/reports/2016-12?pack=nowhere").statusCode()).isEqualTo(404);
    assertThat(reader.get("/api/v1/reports/december").statusCode()).isEqualTo(404);
    assertThat(reader.send("POST", "/api/v1/reports/2016-12/publish", "").statusCode())
        .as("a token without APPROVE")
        .isEqualTo(403);

    HttpResponse<String> refused = writer.send("POST", "/api/v1/reports/2016-12/publish", "");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(ApiClient.json(refused).get("errors").toString())
        .contains("indicators[12]")
        .contains("Red without an explanation or a recovery action");
    HttpResponse<String> half =
        writer.send(
            "PUT",
            "/api/v1/reports/2016-12/exceptions/12",
            "{\"explanation\": \"Rounds missed\", \"recoveryAction\": \"\"}");
    assertThat(half.statusCode()).isEqualTo(422);
    assertThat(half.body()).contains("recoveryAction");

    for (String code : RED) {
      assertThat(
              writer
                  .send(
                      "PUT",
                      "/api/v1/reports/2016-12/exceptions/" + code,
                      "{\"explanation\": \"December for "
                          + code
                          + "\", \"recoveryAction\": \"A plan\"}")
                  .statusCode())
          .isEqualTo(204);
    }
    HttpResponse<String> published = writer.send("POST", "/api/v1/reports/2016-12/publish", "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    JsonNode edition = ApiClient.json(reader.get("/api/v1/reports/2016-12"));
    assertThat(edition.get("state").asString()).isEqualTo("published");
    assertThat(edition.get("report").get("revisions").toString())
        .as("the November figure corrected after November was published")
        .contains("646")
        .contains("700");
    assertThat(ApiClient.json(reader.get("/api/v1/reports")))
        .extracting(n -> n.get("month").asString())
        .containsExactly("2016-12", "2016-11");
  }

  private String version(long figureId) {
    return jdbc.sql("select version from measurement where id = ?")
        .param(figureId)
        .query(Integer.class)
        .single()
        .toString();
  }

  private int count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }

  private WebClient signedInTeam() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }
}
