package org.barometer.app.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.export.CsvColumn;
import org.barometer.app.report.export.CsvReportWriter;
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
 * The public site on the demo data: nothing before November 2016 is published; then, without
 * signing in, the edition, its packs, files and open data, with ETags and never a cookie; and a
 * figure approved after publication stays off every public page and file. A database of its own:
 * publishing changes what other tests read.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "barometer.test.database=public",
      "barometer.public.contact.email=performance@example.gov.uk",
      "barometer.public.contact.phone=01702 215000"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicSiteIT {

  static final List<String> RED = NovemberReport.RED;
  static final String LICENCE =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Order(1)
  void beforeAnythingIsPublishedNothingShowsEvenWithADraft() {
    WebClient team = signedInTeam();
    assertThat(team.get("/reports/2016-11").body()).contains("Draft, built");

    assertThat(get("/public/reports/2016-11").statusCode()).isEqualTo(404);
    assertThat(get("/public/reports/2016-11/packs/committee-people").statusCode()).isEqualTo(404);
    assertThat(get("/public/reports/2016-11/files/all.csv").statusCode()).isEqualTo(404);
    assertThat(get("/open-data/editions/2016-11.csv").statusCode()).isEqualTo(404);
    assertThat(get("/public/indicators/12").statusCode()).isEqualTo(404);
    HttpResponse<String> index = get("/public");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body())
        .contains("Nothing is published yet")
        .contains("Southend-on-Sea Borough Council");
    assertThat(get("/public/indicators").body()).contains("Nothing is published yet");
    assertThat(get("/open-data").body()).contains("Nothing is published yet").contains(LICENCE);
    assertThat(get("/").body()).contains("href=\"/public\"");
  }

  @Test
  @Order(2)
  void anyoneReadsThePublishedEditionItsPacksAndFiles() {
    publishNovember();

    HttpResponse<String> edition = get("/public/reports/2016-11");
    assertThat(edition.statusCode()).isEqualTo(200);
    assertThat(edition.body())
        .contains("Monthly Performance Report: November 2016")
        .contains("Published ")
        .contains("Red: 5,719 is 641 (12.6%) above the November target of 5,078")
        .contains("href=\"/public/indicators/12\"")
        .contains(
            "<link rel=\"alternate\" type=\"text/csv\" href=\"/open-data/editions/2016-11.csv\">")
        .contains("What happened to 12")
        .doesNotContain("Write the exception")
        .doesNotContain("_csrf")
        .doesNotContain("Sign out");
    assertThat(edition.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
    assertThat(edition.headers().firstValue("Content-Security-Policy")).isPresent();

    HttpResponse<String> pack = get("/public/reports/2016-11/packs/committee-people");
    assertThat(pack.statusCode()).isEqualTo(200);
    assertThat(pack.body()).contains("People Scrutiny Committee");
    assertThat(get("/public/reports/2016-11/packs/committee-nowhere").statusCode()).isEqualTo(404);

    for (ReportFormat format : ReportFormat.values()) {
      HttpResponse<byte[]> file = bytes("/public/reports/2016-11/files/all." + format.extension());
      if (file.statusCode() == 200) {
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
            .startsWith("attachment");
        assertThat(file.headers().firstValue("ETag")).isPresent();
        assertThat(file.body()).isNotEmpty();
      }
    }
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(
              bytes("/public/reports/2016-11/files/committee-people." + format.extension())
                  .statusCode())
          .as("every format is stored with every pack: " + format)
          .isEqualTo(200);
    }
    assertThat(bytes("/public/reports/2016-11/files/all.pdf").body())
        .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(edition.body()).contains("href=\"/public/reports/2016-11/files/all.pdf\"");
    assertThat(bytes("/public/reports/2016-11/files/all.mp3").statusCode()).isEqualTo(404);

    String indicator = get("/public/indicators/12").body();
    assertThat(indicator)
        .contains("5,719")
        .contains("Red: 5,719 is 641 (12.6%) above the November target of 5,078")
        .contains("XmR chart")
        .contains("The numbers behind the trend chart")
        .contains("Every published figure")
        .contains(
            "<link rel=\"alternate\" type=\"text/csv\" href=\"/open-data/indicators/12.csv\">");
    assertThat(get("/public/indicators").body()).contains("href=\"/public/indicators/34\"");
    String actions = get("/public/actions").body();
    assertThat(actions).contains("href=\"/public/actions/");
    String firstAction =
        actions.substring(actions.indexOf("href=\"/public/actions/") + 6).split("\"")[0];
    assertThat(get(firstAction).statusCode()).isEqualTo(200);
    assertThat(get("/accessibility").body())
        .contains("Public Sector Bodies (Websites and Mobile Applications) (No. 2)")
        .contains("WCAG 2.2")
        .contains("veraPDF")
        .contains("28 November 2026")
        .contains(
            "email <a class=\"govuk-link\" href=\"mailto:performance@example.gov.uk\">"
                + "performance@example.gov.uk</a>")
        .contains("call <span>01702 215000</span>")
        .doesNotContain("usual contact channels");
    assertThat(get("/public").body())
        .contains("Monthly Performance Report: November 2016")
        .doesNotContain("Nothing is published yet");
  }

  @Test
  @Order(3)
  void openDataHasOneRowPerIndicatorJsonWithTheLicenceAndMatchingCsvwMetadata() throws IOException {
    String csv = get("/open-data/editions/2016-11.csv").body();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(records).as("a header and one row per indicator").hasSize(1 + 34);
    String header = String.join(",", records.get(0).toList());
    assertThat(header)
        .isEqualTo(
            String.join(",", CsvReportWriter.COLUMNS.stream().map(CsvColumn::name).toList()));
    assertThat(csv)
        .as("the same bytes as the edition's stored CSV")
        .isEqualTo(get("/public/reports/2016-11/files/all.csv").body());

    JsonNode edition = json.readTree(get("/open-data/editions/2016-11.json").body());
    assertThat(edition.get("licence").asString()).isEqualTo(LICENCE);
    assertThat(edition.get("publisher").asString()).isEqualTo("Southend-on-Sea Borough Council");
    assertThat(edition.get("report").get("indicators").size()).isEqualTo(34);

    JsonNode metadata = json.readTree(get("/open-data/editions/2016-11.csv-metadata.json").body());
    assertThat(metadata.get("@context").asString()).isEqualTo("http://www.w3.org/ns/csvw");
    assertThat(metadata.get("url").asString()).isEqualTo("2016-11.csv");
    assertThat(metadata.get("dc:license").get("@id").asString()).isEqualTo(LICENCE);
    assertThat(metadata.has("dc:title")).isTrue();
    assertThat(metadata.has("dc:publisher")).isTrue();
    assertThat(columnNames(metadata)).isEqualTo(List.of(header.split(",")));
    for (JsonNode column : metadata.get("tableSchema").get("columns")) {
      assertThat(column.has("titles") && column.has("datatype") && column.has("dc:description"))
          .isTrue();
    }

    String history = get("/open-data/indicators/12.csv").body();
    List<String> rows = history.lines().toList();
    assertThat(rows.get(0))
        .isEqualTo("indicator_code,indicator_name,unit,period,month,value,shown");
    assertThat(history).contains("2016-11").doesNotContain("2016-12");
    JsonNode historyMetadata =
        json.readTree(get("/open-data/indicators/12.csv-metadata.json").body());
    assertThat(columnNames(historyMetadata)).isEqualTo(List.of(rows.get(0).split(",")));
    assertThat(historyMetadata.get("url").asString()).isEqualTo("12.csv");
    JsonNode historyJson = json.readTree(get("/open-data/indicators/12.json").body());
    assertThat(historyJson.get("licence").asString()).isEqualTo(LICENCE);
    assertThat(historyJson.get("history").size()).isEqualTo(rows.size() - 1);

    String index = get("/open-data").body();
    assertThat(index)
        .contains(LICENCE)
        .contains("href=\"/open-data/editions/2016-11.csv\"")
        .contains("href=\"/open-data/editions/2016-11.json\"")
        .contains("href=\"/open-data/indicators/12.csv\"")
        .contains("href=\"/open-data/indicators/12.json\"")
        .contains("edition_month");
    assertThat(get("/open-data/editions/2016-12.csv").statusCode()).isEqualTo(404);
    assertThat(get("/open-data/indicators/nope.csv").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(4)
  void eTagsAnswer304AndNoPublicResponseSetsACookie() throws Exception {
    for (String path :
        List.of(
            "/public/reports/2016-11",
            "/public/reports/2016-11/packs/committee-people",
            "/public/reports/2016-11/files/all.pdf",
            "/open-data/editions/2016-11.csv",
            "/open-data/editions/2016-11.json",
            "/open-data/editions/2016-11.csv-metadata.json",
            "/open-data/indicators/12.csv")) {
      HttpResponse<String> first = get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
      HttpResponse<String> again =
          http.send(
              HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
    for (String path :
        List.of(
            "/public",
            "/public/reports/2016-11",
            "/public/reports/2016-11/packs/committee-people",
            "/public/reports/2016-11/files/all.csv",
            "/public/reports/2099-01",
            "/public/indicators",
            "/public/indicators/12",
            "/public/actions",
            "/open-data",
            "/open-data/editions/2016-11.csv",
            "/open-data/indicators/12.json",
            "/accessibility")) {
      assertThat(get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(uri("/public"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  @Order(5)
  void aFigureApprovedAfterPublicationIsNotShownPublicly() {
    WebClient team = signedInTeam();
    HttpResponse<String> submitted =
        team.submit(
            "/indicators/19/figures/2016-12",
            "/indicators/19/figures/2016-12",
            Map.of(
                "value", "31.41",
                "commentary", "A December figure approved after November was published.",
                "explanation", "December's figure.",
                "action", "submit"));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
    long id =
        jdbc.sql(
                "select m.id from measurement m join indicator i on i.id = m.indicator_id"
                    + " where i.code = '19' and m.period_start = '2016-12-01'")
            .query(Long.class)
            .single();
    int version =
        jdbc.sql("select version from measurement where id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    assertThat(
            team.submit(
                    "/approvals",
                    "/approvals/" + id,
                    Map.of("version", Integer.toString(version), "decision", "approve"))
                .statusCode())
        .isEqualTo(302);
    assertThat(team.get("/indicators/19?month=2016-12").body()).contains("31.41");

    assertThat(get("/public/indicators/19").body())
        .doesNotContain("31.41")
        .doesNotContain("A December figure approved");
    assertThat(get("/public/indicators").body()).doesNotContain("31.41");
    assertThat(get("/open-data/indicators/19.csv").body())
        .doesNotContain("31.41")
        .doesNotContain("2016-12");
    assertThat(get("/open-data/indicators/19.json").body()).doesNotContain("31.41");
    assertThat(get("/open-data/editions/2016-11.csv").body()).doesNotContain("31.41");
    assertThat(get("/public/reports/2016-11").body()).doesNotContain("31.41");
    assertThat(get("/public/reports/2016-12").statusCode()).isEqualTo(404);
    assertThat(team.get("/reports/2016-12").body()).contains("31.41");
  }

  @Test
  @Order(6)
  void aPublishedChartIsDrawnAsItWasPublishedWhateverTheSettingsBecome() {
    WebClient team = signedInTeam();
    String published = xmrChart(get("/public/indicators/12").body());
    String staff = xmrChart(team.get("/indicators/12?month=2016-11").body());

    jdbc.sql(
            "insert into organisation_setting (key, value, changed_by, changed_at)"
                + " values ('spc.shift_points', '3', 'test', now())"
                + " on conflict (key) do update set value = excluded.value")
        .update();

    assertThat(xmrChart(team.get("/indicators/12?month=2016-11").body()))
        .as("the settings change the chart drawn now")
        .isNotEqualTo(staff);
    assertThat(xmrChart(get("/public/indicators/12").body()))
        .as("but not the published one")
        .isEqualTo(published);
  }

  private static String xmrChart(String page) {
    int id = page.indexOf("id=\"xmr\"");
    assertThat(id).as("an XmR chart").isNotNegative();
    int start = page.lastIndexOf("<svg", id);
    return page.substring(start, page.indexOf("</svg>", start));
  }

  private void publishNovember() {
    NovemberReport.publish(signedInTeam());
  }

  private static List<String> columnNames(JsonNode metadata) {
    List<String> names = new ArrayList<>();
    metadata.get("tableSchema").get("columns").forEach(c -> names.add(c.get("name").asString()));
    return names;
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private WebClient signedInTeam() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }
}
