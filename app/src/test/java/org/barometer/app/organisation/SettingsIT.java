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
 * The organisation's settings change every indicator's status, so these tests have a database of
 * their own, shared with {@link OrganisationAdminIT}: the other tests expect the default tolerance.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=organisation")
class SettingsIT {

  private static final String SOUTHEND = "Southend-on-Sea Borough Council";

  private static final String NOVEMBER_9 = "/indicators/9?month=2016-11";

  @LocalServerPort int port;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void anAbsoluteToleranceChangesAnIndicatorsStatusAndItsReason() {
    WebClient admin = signedInAdmin();
    assertThat(admin.get(NOVEMBER_9).body())
        .contains("Amber: 50.56% is 3.44 percentage points (6.4%) below the November target")
        .contains("the tolerance is 10% of the target (5.40 points)");

    try {
      HttpResponse<String> saved =
          save(
              admin,
              "ABSOLUTE",
              "2",
              dueDay(),
              "Cabinet agreed a tighter rule in its March meeting");

      assertThat(saved.statusCode()).isEqualTo(302);
      assertThat(admin.get(NOVEMBER_9).body())
          .contains("Red: 50.56% is 3.44 percentage points (6.4%) below the November target")
          .contains("the tolerance is 2.00 percentage points");
      assertThat(admin.get("/admin/settings").body())
          .contains("The settings are changed")
          .containsPattern("value=\"ABSOLUTE\"[^>]*checked");
      assertThat(audit.about("setting", "tolerance"))
          .singleElement()
          .satisfies(e -> assertThat(e.action()).isEqualTo("setting.changed"))
          .satisfies(
              e ->
                  assertThat(e.oldValue())
                      .isEqualTo("{\"kind\": \"RELATIVE\", \"percentOfTarget\": \"10\"}"))
          .satisfies(
              e ->
                  assertThat(e.newValue()).isEqualTo("{\"kind\": \"ABSOLUTE\", \"amount\": \"2\"}"))
          .satisfies(e -> assertThat(e.reason()).startsWith("Cabinet agreed"));
    } finally {
      save(admin, "RELATIVE", "10", dueDay(), "Back to the council's usual rule");
    }
    assertThat(admin.get(NOVEMBER_9).body()).contains("the tolerance is 10% of the target");
  }

  @Test
  void storesTheDueWorkingDayAndAuditsOnlyWhatChanged() {
    WebClient admin = signedInAdmin();
    long toleranceEvents = audit.about("setting", "tolerance").size();

    save(admin, "RELATIVE", "10", "15", "Owners asked for more time after the year end");

    assertThat(
            jdbc.sql(
                    "select value from organisation_setting where key = 'collection.due_working_days'")
                .query(String.class)
                .single())
        .isEqualTo("15");
    assertThat(audit.about("setting", "collection.due_working_days"))
        .extracting(AuditEvent::oldValue, AuditEvent::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "{\"workingDay\": \"10\"}", "{\"workingDay\": \"15\"}"));
    assertThat(audit.about("setting", "tolerance")).hasSize((int) toleranceEvents);
  }

  @Test
  void renamesTheOrganisationWithAReasonAndReportsPrintTheNewName() {
    WebClient admin = signedInAdmin();
    String tolerance = "10";
    HttpResponse<String> renamed =
        save(admin, "RELATIVE", tolerance, dueDay(), "Southend-on-Sea City Council", "City status");
    assertThat(renamed.statusCode()).isEqualTo(302);
    assertThat(admin.get("/reports/2016-11").body()).contains("Southend-on-Sea City Council");
    assertThat(audit.about("setting", "organisation.name"))
        .extracting(AuditEvent::newValue, AuditEvent::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "{\"name\": \"Southend-on-Sea City Council\"}", "City status"));

    HttpResponse<String> blank = save(admin, "RELATIVE", tolerance, dueDay(), " ", "Oops");
    assertThat(blank.body())
        .contains("<a href=\"#organisationName\">Enter the organisation&#39;s name");
    assertThat(save(admin, "RELATIVE", tolerance, dueDay(), SOUTHEND, "Back").statusCode())
        .isEqualTo(302);
  }

  @Test
  void saysWhatIsWrongWithEachFieldAndStoresNothing() {
    WebClient admin = signedInAdmin();
    int settings = count();

    HttpResponse<String> refused = save(admin, "RELATIVE", "150", "0", "");
    HttpResponse<String> unchanged = save(admin, "RELATIVE", "10", dueDay(), "No change really");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains(
            "<a href=\"#toleranceValue\">A share of the target must be from 0 to 100 percent</a>")
        .contains("<a href=\"#dueWorkingDays\">The working day must be a whole number from 1 to 30")
        .contains("<a href=\"#reason\">Say why the settings change</a>")
        .contains("value=\"150\"");
    assertThat(unchanged.body()).contains("These are the settings already");
    assertThat(count()).isEqualTo(settings);
  }

  private static HttpResponse<String> save(
      WebClient admin, String kind, String value, String dueDay, String reason) {
    return save(admin, kind, value, dueDay, SOUTHEND, reason);
  }

  private static HttpResponse<String> save(
      WebClient admin, String kind, String value, String dueDay, String name, String reason) {
    return admin.submit(
        "/admin/settings",
        "/admin/settings",
        Map.of(
            "toleranceKind", kind,
            "toleranceValue", value,
            "dueWorkingDays", dueDay,
            "organisationName", name,
            "councillorsSeeDrafts", "false",
            "reason", reason));
  }

  private String dueDay() {
    return jdbc.sql(
            "select coalesce(max(value), '10') from organisation_setting"
                + " where key = 'collection.due_working_days'")
        .query(String.class)
        .single();
  }

  private int count() {
    return jdbc.sql("select count(*) from organisation_setting").query(Integer.class).single();
  }

  private WebClient signedInAdmin() {
    WebClient browser = new WebClient(port);
    browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return browser;
  }
}
