package org.barometer.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Administrators add and rename departments, services, committees, aims and priorities. These tests
 * change the organisation, so they have a database of their own, shared with {@link SettingsIT}:
 * the other tests expect the demo's organisation.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=organisation")
class OrganisationAdminIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;

  @Test
  void addsADepartmentWithAServiceThenRenamesItAndAuditsBoth() {
    WebClient admin = signedInAdmin();

    HttpResponse<String> added =
        add(admin, "departments", Map.of("name", "Resources", "detail", "Department of Resources"));
    long id = idOf("department", "Resources");
    add(admin, "services", Map.of("name", "Revenues & Benefits", "parent", Long.toString(id)));
    String path = "/admin/organisation/departments/" + id;
    HttpResponse<String> renamed =
        admin.submit(path, path, Map.of("name", "Finance", "detail", "Department of Finance"));

    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(renamed.statusCode()).isEqualTo(302);
    assertThat(admin.get("/admin/organisation").body())
        .contains("Finance")
        .contains("(Department of Finance)")
        .contains("Revenues &amp; Benefits");
    assertThat(audit.about("department", Long.toString(id)))
        .extracting(AuditEvent::action, AuditEvent::oldValue, AuditEvent::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "department.added",
                null,
                "{\"name\": \"Resources\", \"fullName\": \"Department of Resources\"}"),
            org.assertj.core.groups.Tuple.tuple(
                "department.changed",
                "{\"name\": \"Resources\", \"fullName\": \"Department of Resources\"}",
                "{\"name\": \"Finance\", \"fullName\": \"Department of Finance\"}"));
  }

  @Test
  void addsAnAimWithAPriorityAndACommitteeScrutinisingADepartment() {
    WebClient admin = signedInAdmin();

    add(admin, "aims", Map.of("name", "Connected"));
    long aim = idOf("aim", "Connected");
    add(admin, "priorities", Map.of("name", "Fast broadband for every home", "parent", "" + aim));
    long people = idOf("department", "People");
    add(admin, "committees", Map.of("name", "Audit Committee", "parent", "" + people));

    String page = admin.get("/admin/organisation").body();
    assertThat(page).contains("Connected").contains("Fast broadband for every home");
    assertThat(page).contains("Audit Committee");
    Integer position =
        jdbc.sql("select position from priority where aim_id = ?")
            .param(aim)
            .query(Integer.class)
            .single();
    assertThat(position).isEqualTo(1);
  }

  @Test
  void refusesAUsedNameAndAMissingDepartmentStoringNothing() {
    WebClient admin = signedInAdmin();
    int departments = count("department");
    int services = count("service");

    HttpResponse<String> taken = add(admin, "departments", Map.of("name", "people"));
    HttpResponse<String> orphan = add(admin, "services", Map.of("name", "Parks", "parent", ""));
    HttpResponse<String> unknown = add(admin, "services", Map.of("name", "Parks", "parent", "x"));

    assertThat(taken.statusCode()).isEqualTo(200);
    assertThat(taken.body())
        .contains(
            "<a href=\"#name\">There is already a department called people: choose another name</a>");
    assertThat(orphan.body()).contains("<a href=\"#parent\">Choose the department</a>");
    assertThat(unknown.body()).contains("Choose a department from the list");
    assertThat(count("department")).isEqualTo(departments);
    assertThat(count("service")).isEqualTo(services);
  }

  @Test
  void refusesAChangeThatChangesNothing() {
    WebClient admin = signedInAdmin();
    long id = idOf("aim", "Safe");
    String path = "/admin/organisation/aims/" + id;

    HttpResponse<String> same = admin.submit(path, path, Map.of("name", "Safe"));

    assertThat(same.body()).contains("This is how it is already");
    assertThat(audit.about("aim", Long.toString(id))).isEmpty();
  }

  @Test
  void answersNotFoundForAKindOrPartThatDoesNotExist() {
    WebClient admin = signedInAdmin();

    assertThat(admin.get("/admin/organisation/planets/new").statusCode()).isEqualTo(404);
    assertThat(admin.get("/admin/organisation/aims/999999").statusCode()).isEqualTo(404);
  }

  private static HttpResponse<String> add(WebClient admin, String kind, Map<String, String> form) {
    String path = "/admin/organisation/" + kind + "/new";
    return admin.submit(path, path, form);
  }

  private long idOf(String table, String name) {
    return jdbc.sql("select id from " + table + " where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  private int count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }

  private WebClient signedInAdmin() {
    WebClient browser = new WebClient(port);
    browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return browser;
  }
}
