package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class SecurityIT {

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void createsTheFirstAdministratorOnceWithAStrongHashAndAnAuditRecord() {
    UserAccount admin = accounts.byUsername("admin").orElseThrow();

    assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.PERFORMANCE_TEAM);
    assertThat(admin.passwordHash())
        .startsWith("{bcrypt}")
        .doesNotContain(IntegrationTest.ADMIN_PASSWORD);
    assertThat(audit.about("user", Long.toString(admin.id())))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("user.created"));
  }

  @Test
  void letsAnyoneReadTheHomePageButSendsStrangersToSignInForTheRest() {
    WebClient stranger = new WebClient(port);

    assertThat(stranger.get("/").statusCode()).isEqualTo(200);
    HttpResponse<String> admin = stranger.get("/admin/users");
    assertThat(admin.statusCode()).isEqualTo(302);
    assertThat(admin.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void signsInWithTheRightPasswordAndKeepsTheSessionInTheDatabase() {
    WebClient browser = new WebClient(port);

    HttpResponse<String> signedIn = browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    assertThat(browser.get("/").body()).contains("Sign out");
    Integer sessions =
        jdbc.sql("select count(*) from spring_session where principal_name = 'admin'")
            .query(Integer.class)
            .single();
    assertThat(sessions).isPositive();
  }

  @Test
  void refusesASignInWithoutTheCsrfToken() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest post =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "username=admin&password=" + IntegrationTest.ADMIN_PASSWORD))
            .build();

    HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOneWithoutSayingSo() {
    accounts.add(
        "guessed",
        "Guessed Person",
        null,
        encoder.encode("the-real-password"),
        Set.of(Role.COUNCILLOR),
        clock.instant());
    WebClient attacker = new WebClient(port);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(attacker.signIn("guessed", "wrong-" + attempt).headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    WebClient owner = new WebClient(port);
    HttpResponse<String> refused = owner.signIn("guessed", "the-real-password");

    assertThat(refused.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(owner.get("/login?error").body())
        .contains("Enter a correct username and password.")
        .doesNotContain("locked");
    assertThat(accounts.byUsername("guessed").orElseThrow().lockedAt(clock.instant())).isTrue();
  }

  @Test
  void sendsSecurityHeaders() {
    HttpResponse<String> page = new WebClient(port).get("/");

    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void sendsTheReferrerAndPermissionsPoliciesOnEveryKindOfResponse() {
    WebClient browser = new WebClient(port);
    List<HttpResponse<String>> responses =
        List.of(
            browser.get("/"),
            browser.get("/login"),
            browser.get("/public"),
            browser.get("/no-such-page"),
            new ApiClient(port, null).get("/api/v1/indicators"),
            new ApiClient(port, null).send("POST", "/api/v1/spc", "{}"));

    assertThat(responses)
        .allSatisfy(
            response -> {
              assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
              assertThat(response.headers().firstValue("Permissions-Policy"))
                  .hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
            });
  }

  @Test
  void keepsTheAuditTrailAppendOnly() {
    jdbc.sql("update audit_event set actor = 'someone else'").update();
    jdbc.sql("delete from audit_event").update();

    Integer changed =
        jdbc.sql("select count(*) from audit_event where actor = 'someone else'")
            .query(Integer.class)
            .single();
    Integer kept = jdbc.sql("select count(*) from audit_event").query(Integer.class).single();
    assertThat(changed).isZero();
    assertThat(kept).isPositive();
  }
}
