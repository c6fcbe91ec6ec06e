package org.barometer.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors people and programs meet: GOV.UK pages with a title, the language and a way back for
 * people; problem details for every error under /api. None shows Java's insides. A context of its
 * own, with an operation that fails, for the 500s.
 */
@IntegrationTest
@Import(ErrorPagesIT.Failing.class)
class ErrorPagesIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;

  /** Fails as a bug would, on a page and in the API. */
  @RestController
  static class Failing {
    @GetMapping({"/failing-page", "/api/v1/failing"})
    String fail() {
      throw new IllegalStateException("a bug in org.barometer.app.Secret.method(int)");
    }
  }

  @Test
  void aPublicReportMonthThatIsNotPublishedIsAPageNotFoundWithAWayBackToTheReports() {
    HttpResponse<String> page = new WebClient(port).get("/public/reports/2099-01");

    assertThat(page.statusCode()).isEqualTo(404);
    assertPage(page, "Page not found");
    assertThat(page.body()).contains("href=\"/public\"").doesNotContain("Sign in");
    assertThat(page.headers().firstValue("Set-Cookie"))
        .as("the public site makes no session")
        .isEmpty();
  }

  @Test
  void anUnknownStaffPageIsAPageNotFound() {
    HttpResponse<String> page = admin().get("/no-such-page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertPage(page, "Page not found");
    assertThat(page.body()).contains("Sign out");
  }

  @Test
  void aPageTheRoleMayNotSeeIsAForbiddenPage() {
    if (accounts.byUsername("errors.councillor").isEmpty()) {
      accounts.add(
          "errors.councillor",
          "Errors Councillor",
          null,
          encoder.encode("errors-councillor-pw"),
          Set.of(Role.COUNCILLOR),
          clock.instant());
    }
    WebClient councillor = new WebClient(port);
    councillor.signIn("errors.councillor", "errors-councillor-pw");

    HttpResponse<String> page = councillor.get("/admin/users");

    assertThat(page.statusCode()).isEqualTo(403);
    assertPage(page, "You do not have permission to see this page");
  }

  @Test
  void aFormAddressOpenedDirectlyIsAMethodNotAllowedPage() {
    HttpResponse<String> page = admin().get("/approvals/1");

    assertThat(page.statusCode()).isEqualTo(405);
    assertPage(page, "This page cannot be used that way");
  }

  @Test
  void aFailureIsASorryPageWithoutTheException() {
    HttpResponse<String> page = admin().get("/failing-page");

    assertThat(page.statusCode()).isEqualTo(500);
    assertPage(page, "Sorry, there is a problem with the service");
  }

  @Test
  void aPageWithAMalformedAddressIsABadRequestPage() {
    HttpResponse<String> page = admin().get("/admin/users/two");

    assertThat(page.statusCode()).isEqualTo(400);
    assertPage(page, "There is a problem with the address");
  }

  @Test
  void everyApiErrorIsProblemDetails() throws Exception {
    String token = token();
    List<HttpResponse<String>> errors =
        List.of(
            api("GET", "/api/v1/no-such-thing", token, null, null, null),
            api("DELETE", "/api/v1/indicators", token, null, null, null),
            api("GET", "/api/v1/indicators", token, "application/xml", null, null),
            api("PUT", "/api/v1/indicators/33/figures/2016-12", token, null, "text/plain", "5"),
            api("POST", "/api/v1/figures/1/decision", token, null, "application/json", null),
            api("GET", "/api/v1/failing", token, null, null, null));

    assertThat(errors)
        .extracting(HttpResponse::statusCode)
        .containsExactly(404, 405, 406, 415, 400, 500);
    assertThat(errors)
        .allSatisfy(
            error -> {
              assertThat(error.headers().firstValue("Content-Type"))
                  .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
              assertThat(json(error).get("status").asInt()).isEqualTo(error.statusCode());
              assertThat(json(error).get("title").asString()).isNotBlank();
              assertNothingOfJava(error.body());
            });
    assertThat(errors.get(1).headers().firstValue("Allow")).isPresent();
  }

  private static void assertPage(HttpResponse<String> page, String title) {
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("<html lang=\"en-GB\"")
        .contains("<title>" + title + " - Barometer</title>")
        .contains("<h1 class=\"govuk-heading-l\">" + title + "</h1>")
        .containsPattern("<a class=\"govuk-link\" href=\"/(public)?\">Go to the");
    assertNothingOfJava(page.body());
  }

  private static void assertNothingOfJava(String body) {
    assertThat(body)
        .doesNotContain("org.barometer")
        .doesNotContain("org.springframework")
        .doesNotContain("java.")
        .doesNotContain("Exception")
        .doesNotContain("\"trace\"");
  }

  private WebClient admin() {
    WebClient admin = new WebClient(port);
    admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return admin;
  }

  private String token() {
    long admin = accounts.byUsername("admin").orElseThrow().id();
    return tokens.issue(
        admin, "errors", Set.of(ApiScope.READ, ApiScope.WRITE, ApiScope.APPROVE), clock.instant());
  }

  private HttpResponse<String> api(
      String method, String path, String token, String accept, String contentType, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
