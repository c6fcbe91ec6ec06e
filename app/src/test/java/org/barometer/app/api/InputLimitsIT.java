package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.barometer.app.action.ActionPlanFormat;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Texts have maxima and bodies have bounds: a long commentary is refused by field, an API body over
 * 1 MB (2 MB for an action plan file) is a 413 with problem details however it is sent, and a file
 * of a million rows is refused by its row limit, not read to the end. Big inputs are made as they
 * are sent, never held.
 */
@IntegrationTest
class InputLimitsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String HEADER = String.join(",", ActionPlanFormat.REQUIRED) + "\n";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private String token;

  @BeforeEach
  void givenATokenOfThePerformanceTeam() {
    long admin = accounts.byUsername("admin").orElseThrow().id();
    token =
        tokens.issue(
            admin,
            "limits",
            Set.of(ApiScope.READ, ApiScope.WRITE, ApiScope.APPROVE),
            clock.instant());
  }

  @Test
  void aCommentaryLongerThan4000CharactersIsRefusedByFieldOnTheApiAndThePage() {
    int before = figures();
    HttpResponse<String> byApi =
        new ApiClient(port, token)
            .send(
                "PUT",
                "/api/v1/indicators/17/figures/2016-12",
                "{\"value\": 5, \"commentary\": \"" + "x".repeat(4001) + "\"}");
    WebClient team = new WebClient(port);
    team.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    HttpResponse<String> byPage =
        team.submit(
            "/indicators/17/figures/2016-12",
            "/indicators/17/figures/2016-12",
            Map.of("value", "5", "commentary", "x".repeat(4001), "action", "save"));

    assertThat(byApi.statusCode()).isEqualTo(422);
    JsonNode error = ApiClient.json(byApi).get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("commentary");
    assertThat(error.get("message").asString())
        .isEqualTo("The commentary must be 4,000 characters or fewer: it has 4,001");
    assertThat(byPage.body())
        .contains("<a href=\"#commentary\">The commentary must be 4,000 characters or fewer");
    assertThat(figures()).isEqualTo(before);
  }

  @Test
  void anApiBodyDeclaredOver1MbIsA413BeforeItIsRead() {
    HttpResponse<String> answer =
        new ApiClient(port, token)
            .send(
                "PUT",
                "/api/v1/indicators/17/figures/2016-12",
                "{\"value\": 5, \"commentary\": \"" + "x".repeat(1_100_000) + "\"}");

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(ApiClient.json(answer).get("errors").get(0).get("field").asString())
        .isEqualTo("body");
  }

  @Test
  void anActionPlanFileDeclaredAt50MbIsRefusedFromItsHeaders() throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/actions/import HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/csv\r\nContent-Length: 52428800\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

      assertThat(in.readLine()).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void anActionPlanFileSentWithoutItsLengthIsReadOnlyUpTo2Mb() {
    HttpResponse<String> answer = importing(new Generated(HEADER, "1,x\n", 3 * 1024 * 1024 / 4));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("The file is larger than 2 MB");
  }

  @Test
  void aFileOfAMillionRowsIsRefusedWithItsRowLimitAndNothingStored() {
    int actions = count("action");

    HttpResponse<String> answer = importing(new Generated(HEADER, "\n", 1_000_000));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
    assertThat(answer.body())
        .contains("the file has more than 5,000 rows after its header: split it into smaller files")
        .contains("more errors not listed");
    assertThat(ApiClient.json(answer).get("importErrors").size()).isEqualTo(201);
    assertThat(count("action")).isEqualTo(actions);
  }

  @Test
  void anActionPlanFileOver2MbIsAFormErrorOnThePage() {
    HttpResponse<String> answer = uploadedOnThePage(600_000);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("The file is larger than 2 MB");
  }

  @Test
  void aPageUploadOverTheServersBoundIsATooLargePageNotAnExpiredForm() {
    HttpResponse<String> answer = uploadedOnThePage(11 * 1024 * 1024 / 4);

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body())
        .contains("The file or form is too large")
        .contains("at most 10 MB")
        .doesNotContain("The form could not be sent");
  }

  /** An action plan of so many four-byte rows, uploaded on the import page by the team. */
  private HttpResponse<String> uploadedOnThePage(int rows) {
    WebClient team = new WebClient(port);
    team.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return team.upload(
        "/actions/import", "/actions/import", "file", "plan.csv", HEADER + "1,x\n".repeat(rows));
  }

  private HttpResponse<String> importing(InputStream body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/actions/import"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int figures() {
    return count("measurement");
  }

  private int count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }

  /** A header, then the same row again and again, made as it is sent. */
  private static final class Generated extends InputStream {
    private final byte[] header;
    private final byte[] row;
    private final long total;
    private long served;

    Generated(String header, String row, long rows) {
      this.header = header.getBytes(StandardCharsets.UTF_8);
      this.row = row.getBytes(StandardCharsets.UTF_8);
      this.total = this.header.length + rows * this.row.length;
    }

    @Override
    public int read() {
      if (served >= total) {
        return -1;
      }
      long at = served++;
      return at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[offset + n++] = (byte) b;
      }
      return n;
    }
  }
}
