package org.barometer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void startsOnPostgresAndRunsTheMigrations() {
    String version = jdbc.sql("select version()").query(String.class).single();
    Integer migrations =
        jdbc.sql("select count(*) from flyway_schema_history where success")
            .query(Integer.class)
            .single();

    assertThat(version).containsPattern("^PostgreSQL (1[5-9]|[2-9][0-9])\\.");
    assertThat(migrations).isPositive();
  }

  @Test
  void servesTheHomePage() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en-GB\"").contains("Corporate performance");
  }

  @Test
  void servesTheGovukStylesheet() throws Exception {
    HttpResponse<String> css = get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains(".govuk-header");
  }

  @Test
  void servesItsOwnStaticFilesUnderAssetsOnly() throws Exception {
    assertThat(get("/assets/css/barometer.css").statusCode()).isEqualTo(200);
    assertThat(get("/assets/js/barometer.js").body()).contains("/webjars/govuk-frontend/");
    assertThat(get("/css/barometer.css").statusCode()).isNotEqualTo(200);
  }

  @Test
  void reportsHealthUp() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
