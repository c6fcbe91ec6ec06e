package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;
import static org.barometer.app.support.ApiClient.quoted;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Administrators' programs manage people, the organisation and the settings. A database of its own,
 * because changing the settings changes every status other tests read.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=admin-api")
class AdminApiIT {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;
  private ApiClient admin;

  @BeforeEach
  void givenAnAdministratorsToken() {
    admin = new ApiClient(port, token("admin"));
  }

  @Test
  void addsAPersonWithAPasswordMadeUpAndShownOnce() {
    HttpResponse<String> added =
        admin.send(
            "POST",
            "/api/v1/admin/users",
            quoted(
                "{'username':'Jo.Bloggs','displayName':'Jo Bloggs','email':'jo@example.gov.uk',"
                    + "'roles':['DATA_OWNER']}"));

    assertThat(added.statusCode()).isEqualTo(201);
    JsonNode body = json(added);
    long id = body.get("user").get("id").asLong();
    String password = body.get("password").asString();
    assertThat(added.headers().firstValue("Location")).contains("/api/v1/admin/users/" + id);
    assertThat(body.get("user").get("username").asString()).isEqualTo("jo.bloggs");
    assertThat(body.get("user").get("roles").get(0).asString()).isEqualTo("DATA_OWNER");
    assertThat(added.body()).doesNotContain("passwordHash").doesNotContain("$2a$");
    assertThat(encoder.matches(password, accounts.byId(id).orElseThrow().passwordHash())).isTrue();
    assertThat(audit.about("user", Long.toString(id)))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("user.created"))
        .satisfies(e -> assertThat(e.newValue()).doesNotContain(password));
    assertThat(json(admin.get("/api/v1/admin/users/" + id)).get("password")).isNull();
    assertThat(admin.get("/api/v1/admin/users").body()).contains("\"username\":\"jo.bloggs\"");
  }

  @Test
  void keepsAPasswordGivenAndRefusesBadFieldsAsTheFormDoes() {
    HttpResponse<String> given =
        admin.send(
            "POST",
            "/api/v1/admin/users",
            quoted(
                "{'username':'given.pw','displayName':'Given','roles':['COUNCILLOR'],"
                    + "'password':'a-long-enough-password'}"));
    HttpResponse<String> bad =
        admin.send(
            "POST",
            "/api/v1/admin/users",
            quoted(
                "{'username':'x y','email':'not-an-address','roles':['KING'],'password':'short'}"));

    assertThat(given.statusCode()).isEqualTo(201);
    assertThat(json(given).get("password").isNull()).isTrue();
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).get("errors").findValuesAsString("field"))
        .containsExactly("username", "displayName", "email", "roles", "password");
    assertThat(bad.body())
        .contains("Choose roles from the list")
        .contains("at least 12 characters");
    assertThat(accounts.byUsername("x y")).isEmpty();
  }

  @Test
  void refusesACommonPasswordAsTheFormDoes() {
    HttpResponse<String> common =
        admin.send(
            "POST",
            "/api/v1/admin/users",
            quoted(
                "{'username':'common.api','displayName':'Common','roles':['COUNCILLOR'],"
                    + "'password':'qwertyuiop123'}"));

    assertThat(common.statusCode()).isEqualTo(422);
    assertThat(json(common).get("errors").findValuesAsString("field")).containsExactly("password");
    assertThat(common.body()).contains("This password is on a list of common passwords");
    assertThat(accounts.byUsername("common.api")).isEmpty();
  }

  @Test
  void changesRolesAndDisablesAnAccountWithAReason() {
    long id = person("role.change", Role.COUNCILLOR);

    HttpResponse<String> noReason =
        admin.send(
            "PUT", "/api/v1/admin/users/" + id + "/roles", quoted("{'roles':['DATA_OWNER']}"));
    HttpResponse<String> roles =
        admin.send(
            "PUT",
            "/api/v1/admin/users/" + id + "/roles",
            quoted("{'roles':['DATA_OWNER','COUNCILLOR'],'reason':'Now owns 12'}"));
    HttpResponse<String> noChoice =
        admin.send("PUT", "/api/v1/admin/users/" + id + "/status", quoted("{'reason':'Left'}"));
    HttpResponse<String> disabled =
        admin.send(
            "PUT",
            "/api/v1/admin/users/" + id + "/status",
            quoted("{'enabled':false,'reason':'Left the council'}"));
    long self = accounts.byUsername("admin").orElseThrow().id();
    HttpResponse<String> ownAccount =
        admin.send(
            "PUT",
            "/api/v1/admin/users/" + self + "/status",
            quoted("{'enabled':false,'reason':'Testing'}"));

    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertThat(roles.statusCode()).isEqualTo(200);
    assertThat(json(roles).get("roles").valueStream().map(JsonNode::asString))
        .containsExactly("DATA_OWNER", "COUNCILLOR");
    assertThat(noChoice.statusCode()).isEqualTo(422);
    assertThat(noChoice.body()).contains("\"field\":\"enabled\"");
    assertThat(disabled.statusCode()).isEqualTo(200);
    assertThat(json(disabled).get("enabled").asBoolean()).isFalse();
    assertThat(ownAccount.statusCode()).isEqualTo(422);
    assertThat(ownAccount.body()).contains("You cannot disable your own account");
    assertThat(audit.about("user", Long.toString(id)))
        .extracting(AuditEvent::action, AuditEvent::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("user.roles-changed", "Now owns 12"),
            org.assertj.core.groups.Tuple.tuple("user.disabled", "Left the council"));
    assertThat(admin.get("/api/v1/admin/users/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void addsAndRenamesPartsOfTheOrganisation() {
    HttpResponse<String> department =
        admin.send(
            "POST",
            "/api/v1/admin/organisation/departments",
            quoted("{'name':'Resources','detail':'Department for Resources'}"));
    long id = json(department).get("id").asLong();
    HttpResponse<String> service =
        admin.send(
            "POST",
            "/api/v1/admin/organisation/services",
            quoted("{'name':'Payroll','parent':" + id + "}"));
    HttpResponse<String> orphan =
        admin.send("POST", "/api/v1/admin/organisation/services", quoted("{'name':'Pensions'}"));
    HttpResponse<String> renamed =
        admin.send(
            "PUT",
            "/api/v1/admin/organisation/departments/" + id,
            quoted("{'name':'Corporate Resources','detail':'Department for Resources'}"));
    HttpResponse<String> same =
        admin.send(
            "PUT",
            "/api/v1/admin/organisation/departments/" + id,
            quoted("{'name':'Corporate Resources','detail':'Department for Resources'}"));

    assertThat(department.statusCode()).isEqualTo(201);
    assertThat(json(department).get("detail").asString()).isEqualTo("Department for Resources");
    assertThat(service.statusCode()).isEqualTo(201);
    assertThat(json(service).get("parent").asLong()).isEqualTo(id);
    assertThat(orphan.statusCode()).isEqualTo(422);
    assertThat(orphan.body()).contains("\"field\":\"parent\"").contains("Choose the department");
    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(json(renamed).get("name").asString()).isEqualTo("Corporate Resources");
    assertThat(same.statusCode()).isEqualTo(422);
    assertThat(admin.get("/api/v1/admin/organisation/departments").body())
        .contains("\"name\":\"Corporate Resources\"");
    assertThat(admin.get("/api/v1/admin/organisation/teams").statusCode()).isEqualTo(404);
    assertThat(audit.about("department", Long.toString(id)))
        .extracting(AuditEvent::action)
        .containsExactly("department.added", "department.changed");
  }

  @Test
  void readsAndChangesTheSettings() {
    HttpResponse<String> before = admin.get("/api/v1/admin/settings");
    HttpResponse<String> bad =
        admin.send(
            "PUT",
            "/api/v1/admin/settings",
            quoted("{'toleranceKind':'RELATIVE','toleranceValue':150,'dueWorkingDays':0}"));
    HttpResponse<String> changed =
        admin.send(
            "PUT",
            "/api/v1/admin/settings",
            quoted(
                "{'toleranceKind':'ABSOLUTE','toleranceValue':2.5,'dueWorkingDays':12,"
                    + "'reason':'Agreed at Cabinet'}"));

    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body())
        .contains("\"toleranceKind\":\"RELATIVE\"")
        .contains("\"toleranceValue\":10")
        .contains("\"dueWorkingDays\":10");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).get("errors").findValuesAsString("field"))
        .containsExactly("toleranceValue", "dueWorkingDays", "reason");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).get("toleranceValue").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(json(changed).get("dueWorkingDays").asInt()).isEqualTo(12);
    assertThat(audit.about("setting", "tolerance"))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("Agreed at Cabinet"));
  }

  @Test
  void refusesAdministrationToTokensOfOtherRolesAndToReadOnlyTokens() {
    person("team.member", Role.PERFORMANCE_TEAM);
    ApiClient team = new ApiClient(port, token("team.member"));
    long admin = accounts.byUsername("admin").orElseThrow().id();
    ApiClient readOnly =
        new ApiClient(port, tokens.issue(admin, "read", Set.of(ApiScope.READ), clock.instant()));

    assertThat(team.get("/api/v1/admin/users").statusCode()).isEqualTo(403);
    assertThat(team.get("/api/v1/admin/settings").statusCode()).isEqualTo(403);
    assertThat(readOnly.get("/api/v1/admin/settings").statusCode()).isEqualTo(200);
    assertThat(
            readOnly
                .send("POST", "/api/v1/admin/organisation/aims", quoted("{'name':'Prosperous'}"))
                .statusCode())
        .isEqualTo(403);
  }

  private long person(String username, Role role) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(
          username,
          username,
          null,
          encoder.encode("a-long-enough-password"),
          Set.of(role),
          clock.instant());
    }
    return accounts.byUsername(username).orElseThrow().id();
  }

  private String token(String username) {
    long id = accounts.byUsername(username).orElseThrow().id();
    return tokens.issue(id, "test", Set.of(ApiScope.values()), clock.instant());
  }
}
