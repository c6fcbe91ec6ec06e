package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators add people, change their roles, disable them and reset their passwords. */
@IntegrationTest
class UserAdministrationIT {

  private static final Pattern SHOWN_PASSWORD =
      Pattern.compile("class=\"barometer-password\">([^<]+)<");

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void addsAPersonChangesTheirRolesDisablesEnablesAndAuditsEachStep() {
    WebClient admin = signedInAdmin();

    HttpResponse<String> added =
        admin.submit(
            "/admin/users/new",
            "/admin/users",
            Map.of(
                "username", "Jane.Journey",
                "displayName", "Jane Journey",
                "email", "jane@example.gov.uk",
                "roles", "DATA_OWNER",
                "password", "a-long-first-password"));
    assertThat(added.statusCode()).isEqualTo(302);
    UserAccount jane = accounts.byUsername("jane.journey").orElseThrow();
    assertThat(jane.roles()).containsExactly(Role.DATA_OWNER);
    assertThat(admin.get("/admin/users").body()).contains("jane.journey").contains("Jane Journey");
    WebClient browser = signedIn("jane.journey", "a-long-first-password");
    assertThat(browser.get("/my-figures").statusCode()).isEqualTo(200);

    HttpResponse<String> changed =
        changeRoles(admin, jane.id(), "COUNCILLOR", "Moved to the scrutiny support team");
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(accounts.byId(jane.id()).orElseThrow().roles()).containsExactly(Role.COUNCILLOR);
    assertThat(browser.get("/my-figures").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

    HttpResponse<String> disabled = status(admin, jane.id(), "false", "Left the council");
    assertThat(disabled.statusCode()).isEqualTo(302);
    assertThat(refusedSignIn("jane.journey", "a-long-first-password")).isTrue();
    status(admin, jane.id(), "true", "Came back");
    assertThat(accounts.byId(jane.id()).orElseThrow().enabled()).isTrue();

    List<AuditEvent> events = audit.about("user", Long.toString(jane.id()));
    assertThat(events)
        .extracting(AuditEvent::action)
        .containsExactly("user.created", "user.roles-changed", "user.disabled", "user.enabled");
    assertThat(events.get(0).newValue())
        .contains("\"username\": \"jane.journey\"")
        .contains("\"roles\": \"DATA_OWNER\"")
        .doesNotContain("a-long-first-password")
        .doesNotContain("bcrypt");
    assertThat(events.get(1))
        .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"))
        .satisfies(e -> assertThat(e.oldValue()).isEqualTo("{\"roles\": \"DATA_OWNER\"}"))
        .satisfies(e -> assertThat(e.newValue()).isEqualTo("{\"roles\": \"COUNCILLOR\"}"))
        .satisfies(e -> assertThat(e.reason()).isEqualTo("Moved to the scrutiny support team"));
    assertThat(events.get(2).reason()).isEqualTo("Left the council");
  }

  @Test
  void makesUpAPasswordShownOnceAndResetsOneTheSameWay() {
    WebClient admin = signedInAdmin();

    HttpResponse<String> added =
        admin.submit(
            "/admin/users/new",
            "/admin/users",
            Map.of("username", "made.up", "displayName", "Made Up", "roles", "COUNCILLOR"));
    String first = shownPassword(added);
    assertThat(added.body()).contains("This is the only time the password is shown");
    long id = accounts.byUsername("made.up").orElseThrow().id();
    assertThat(admin.get("/admin/users/" + id).body()).doesNotContain(first);
    signedIn("made.up", first);

    HttpResponse<String> reset =
        admin.submit(
            "/admin/users/" + id + "/password", "/admin/users/" + id + "/password", Map.of());
    String second = shownPassword(reset);

    assertThat(second).isNotEqualTo(first).hasSize(24);
    assertThat(refusedSignIn("made.up", first)).isTrue();
    signedIn("made.up", second);
    assertThat(audit.about("user", Long.toString(id)))
        .extracting(AuditEvent::action)
        .containsExactly("user.created", "user.password-reset");
    assertThat(audit.about("user", Long.toString(id)))
        .allSatisfy(
            e ->
                assertThat(e.oldValue() + e.newValue())
                    .doesNotContain(first)
                    .doesNotContain(second));
  }

  @Test
  void saysWhatIsWrongWithEachFieldAndStoresNothing() {
    WebClient admin = signedInAdmin();
    int before = users();
    long events = auditEvents();

    HttpResponse<String> refused =
        admin.submit(
            "/admin/users/new",
            "/admin/users",
            Map.of(
                "username", "admin",
                "displayName", "",
                "email", "not-an-address",
                "password", "short"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("<a href=\"#username\">The username admin is already taken: choose another</a>")
        .contains("<a href=\"#displayName\">Enter the person&#39;s name</a>")
        .contains("Enter an email address in the correct format, like name@example.gov.uk")
        .contains("<a href=\"#roles\">Choose at least one role</a>")
        .contains("<a href=\"#password\">The password must be at least 12 characters</a>")
        .contains("id=\"username-error\"")
        .doesNotContain("value=\"short\"");
    assertThat(users()).isEqualTo(before);
    assertThat(auditEvents()).isEqualTo(events);
  }

  @Test
  void escapesWhatPeopleTypeOnEveryPage() {
    WebClient admin = signedInAdmin();

    admin.submit(
        "/admin/users/new",
        "/admin/users",
        Map.of(
            "username", "xss.person",
            "displayName", "<script>alert(1)</script>",
            "roles", "COUNCILLOR",
            "password", "a-long-enough-password"));

    assertThat(admin.get("/admin/users").body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void doesNotLetAnAdministratorLockThemselvesOut() {
    WebClient admin = signedInAdmin();
    long id = accounts.byUsername("admin").orElseThrow().id();
    long events = auditEvents();

    HttpResponse<String> roles = changeRoles(admin, id, "PERFORMANCE_TEAM", "Tidying up");
    HttpResponse<String> disabled = status(admin, id, "false", "Leaving");

    assertThat(roles.body()).contains("You cannot remove your own administrator role");
    assertThat(disabled.body()).contains("You cannot disable your own account");
    UserAccount stored = accounts.byId(id).orElseThrow();
    assertThat(stored.roles()).contains(Role.ADMINISTRATOR);
    assertThat(stored.enabled()).isTrue();
    assertThat(auditEvents()).isEqualTo(events);
  }

  @Test
  void asksForAReasonForARoleChange() {
    WebClient admin = signedInAdmin();
    admin.submit(
        "/admin/users/new",
        "/admin/users",
        Map.of(
            "username", "no.reason",
            "displayName", "No Reason",
            "roles", "COUNCILLOR",
            "password", "a-long-enough-password"));
    long id = accounts.byUsername("no.reason").orElseThrow().id();

    HttpResponse<String> refused = changeRoles(admin, id, "DATA_OWNER", "");

    assertThat(refused.body())
        .contains("<a href=\"#reason\">Say why you are making this change</a>");
    assertThat(accounts.byId(id).orElseThrow().roles()).containsExactly(Role.COUNCILLOR);
  }

  @Test
  void letsAPersonChangeTheirOwnPasswordWithTheCurrentOne() {
    WebClient admin = signedInAdmin();
    admin.submit(
        "/admin/users/new",
        "/admin/users",
        Map.of(
            "username", "own.password",
            "displayName", "Own Password",
            "roles", "COUNCILLOR",
            "password", "the-first-password"));
    WebClient person = signedIn("own.password", "the-first-password");

    HttpResponse<String> wrong =
        ownPassword(person, "not-the-password", "the-second-password", "the-second-password");
    HttpResponse<String> mismatch =
        ownPassword(person, "the-first-password", "the-second-password", "the-third-password");
    HttpResponse<String> changed =
        ownPassword(person, "the-first-password", "the-second-password", "the-second-password");

    assertThat(wrong.body()).contains("Your current password is not right");
    assertThat(mismatch.body()).contains("The passwords do not match");
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(person.get("/account/password").body()).contains("Your password is changed");
    signedIn("own.password", "the-second-password");
    long id = accounts.byUsername("own.password").orElseThrow().id();
    assertThat(audit.about("user", Long.toString(id)))
        .extracting(AuditEvent::action, AuditEvent::actor)
        .contains(org.assertj.core.groups.Tuple.tuple("user.password-changed", "own.password"));
  }

  @Test
  void refusesACommonPasswordOnEveryPageThatSetsOne() {
    WebClient admin = signedInAdmin();
    HttpResponse<String> added =
        admin.submit(
            "/admin/users/new",
            "/admin/users",
            Map.of(
                "username", "common.pw",
                "displayName", "Common Password",
                "roles", "COUNCILLOR",
                "password", "1qaz2wsx3edc"));
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(accounts.byUsername("common.pw")).isEmpty();
    admin.submit(
        "/admin/users/new",
        "/admin/users",
        Map.of(
            "username", "common.pw",
            "displayName", "Common Password",
            "roles", "COUNCILLOR",
            "password", "an-uncommon-first-password"));
    long id = accounts.byUsername("common.pw").orElseThrow().id();
    String resetPath = "/admin/users/" + id + "/password";

    HttpResponse<String> reset =
        admin.submit(resetPath, resetPath, Map.of("password", "WinnieThePooh"));
    HttpResponse<String> own =
        ownPassword(
            signedIn("common.pw", "an-uncommon-first-password"),
            "an-uncommon-first-password",
            "123456QWERTY",
            "123456QWERTY");

    assertThat(List.of(added, reset, own))
        .allSatisfy(
            page ->
                assertThat(page.body()).contains("This password is on a list of common passwords"));
    assertThat(refusedSignIn("common.pw", "WinnieThePooh")).isTrue();
    assertThat(refusedSignIn("common.pw", "123456QWERTY")).isTrue();
    signedIn("common.pw", "an-uncommon-first-password");
  }

  private HttpResponse<String> changeRoles(WebClient admin, long id, String role, String reason) {
    String path = "/admin/users/" + id + "/roles";
    return admin.submit(path, path, Map.of("roles", role, "reason", reason));
  }

  private HttpResponse<String> status(WebClient admin, long id, String enable, String reason) {
    String path = "/admin/users/" + id + "/status";
    return admin.submit(path, path, Map.of("enable", enable, "reason", reason));
  }

  private static HttpResponse<String> ownPassword(
      WebClient person, String current, String next, String again) {
    return person.submit(
        "/account/password",
        "/account/password",
        Map.of("currentPassword", current, "newPassword", next, "confirmPassword", again));
  }

  private static String shownPassword(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher matcher = SHOWN_PASSWORD.matcher(page.body());
    assertThat(matcher.find()).as("a password is shown").isTrue();
    return matcher.group(1);
  }

  private WebClient signedInAdmin() {
    return signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
  }

  private WebClient signedIn(String username, String password) {
    WebClient browser = new WebClient(port);
    assertThat(browser.signIn(username, password).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return browser;
  }

  private boolean refusedSignIn(String username, String password) {
    return new WebClient(port)
        .signIn(username, password)
        .headers()
        .firstValue("Location")
        .orElseThrow()
        .endsWith("/login?error");
  }

  private int users() {
    return jdbc.sql("select count(*) from user_account").query(Integer.class).single();
  }

  private long auditEvents() {
    return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
  }
}
