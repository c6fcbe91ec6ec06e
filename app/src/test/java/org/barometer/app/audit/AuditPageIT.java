package org.barometer.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit page filters the trail by person, indicator and days, newest first, 50 a page. */
@IntegrationTest
class AuditPageIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void givenChangesByTwoPeopleInMarch2015AndManyByAThird() {
    if (jdbc.sql("select count(*) from audit_event where actor like 'auditor.%'")
            .query(Integer.class)
            .single()
        > 0) {
      return;
    }
    event("2015-02-28T23:30:00Z", "auditor.a", "27", "Last day of February");
    event("2015-03-01T00:30:00Z", "auditor.a", "27", "First day of March");
    event("2015-03-15T12:00:00Z", "auditor.b", "28", "Ides of March <b>bold</b>");
    event("2015-03-31T22:30:00Z", "auditor.b", "27", "Last evening of March, in summer time");
    event("2015-03-31T23:10:00Z", "auditor.a", "28", "First minutes of April");
    for (int i = 0; i < 55; i++) {
      event(
          Instant.parse("2014-01-01T00:00:00Z").plusSeconds(60L * i).toString(),
          "auditor.bulk",
          "29",
          "Change " + i);
    }
  }

  @Test
  void filtersByPerson() {
    String page = page("/audit?person=auditor.b");

    assertThat(page)
        .contains("Changes 1 to 2 of 2, newest first")
        .contains("Last evening of March")
        .contains("Ides of March")
        .doesNotContain("First day of March");
    assertThat(page.indexOf("Last evening of March")).isLessThan(page.indexOf("Ides of March"));
  }

  @Test
  void filtersByIndicatorAndLinksToIt() {
    String page = page("/audit?indicator=28");

    assertThat(page)
        .contains("Changes 1 to 2 of 2")
        .contains("Ides of March")
        .contains("First minutes of April")
        .contains("href=\"/indicators/28\"");
  }

  @Test
  void filtersByUkDaysWithBothEndsIncluded() {
    String page = page("/audit?person=&indicator=&from=1/3/2015&to=31/3/2015");

    assertThat(page)
        .contains("Changes 1 to 3 of 3")
        .contains("First day of March")
        .contains("Last evening of March, in summer time")
        .doesNotContain("Last day of February")
        .doesNotContain("First minutes of April")
        .contains("31 Mar 2015 23:30:00");
  }

  @Test
  void showsOldAndNewValuesAsLinesAndEscapesWhatPeopleTyped() {
    String page = page("/audit?person=auditor.b&indicator=28");

    assertThat(page)
        .contains("state: DRAFT")
        .contains("state: APPROVED")
        .contains("Ides of March &lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void pagesFiftyAtATime() {
    String first = page("/audit?person=auditor.bulk");
    String second = page("/audit?person=auditor.bulk&page=2");

    assertThat(first)
        .contains("Changes 1 to 50 of 55")
        .contains(">Change 54<")
        .doesNotContain(">Change 4<")
        .contains("Page 2 of 2")
        .contains("page=2");
    assertThat(second).contains("Changes 51 to 55 of 55").contains(">Change 0<");
  }

  @Test
  void saysWhatIsWrongWithADate() {
    String notADay = page("/audit?from=31/2/2015");
    String backwards = page("/audit?from=2/3/2015&to=1/3/2015");

    assertThat(notADay)
        .contains("There is a problem")
        .contains("<a href=\"#from\">Date from must be a real date, like 1/11/2016</a>")
        .contains("id=\"from-error\"")
        .contains("value=\"31/2/2015\"")
        .doesNotContain("Changes 1 to");
    assertThat(backwards)
        .contains("<a href=\"#to\">Date to must be the same as or after date from</a>");
  }

  private String page(String path) {
    WebClient browser = new WebClient(port);
    browser.signIn("admin", org.barometer.app.support.IntegrationTest.ADMIN_PASSWORD);
    HttpResponse<String> response = browser.get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private void event(String at, String actor, String indicator, String reason) {
    jdbc.sql(
            """
            insert into audit_event
              (occurred_at, actor, action, subject_type, subject_id, old_value, new_value, reason)
            values (?, ?, 'figure.approved', 'indicator', ?, '{"state": "DRAFT"}'::jsonb,
                    '{"state": "APPROVED"}'::jsonb, ?)
            """)
        .params(Timestamp.from(Instant.parse(at)), actor, indicator, reason)
        .update();
  }
}
