package org.barometer.app.statistics;

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
 * The performance team recalculates an indicator's limits and sets its baseline, each with a
 * reason, versioned and audited; the organisation's SPC settings change with a reason too. A
 * database of its own: the other tests read charts under the default settings.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=statistics")
class ChartDefinitionIT {

  @LocalServerPort int port;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void aRecalculationIsStoredAsANewVersionWithItsReasonAndAudited() {
    WebClient team = signedInTeam();
    String page = team.get("/indicators/9/chart").body();
    assertThat(page).contains("The limits are calculated from all the figures, as one period");
    assertThat(team.get("/indicators/9?month=2016-11").body())
        .as("the charts drawn and kept before the change")
        .doesNotContain("The limits are recalculated");

    HttpResponse<String> done =
        team.submit(
            "/indicators/9/chart",
            "/indicators/9/chart/recalculations",
            Map.of("month", "2014-04", "reason", "A new <b>referral</b> pathway from April 2014"));

    assertThat(done.statusCode()).isEqualTo(302);
    String after = team.get("/indicators/9/chart").body();
    assertThat(after)
        .contains("The limits are recalculated from 2014-04")
        .contains("Apr 2014")
        .contains("A new &lt;b&gt;referral&lt;/b&gt; pathway from April 2014");
    assertThat(
            jdbc.sql("select count(*) from chart_definition where indicator_id = 9")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(team.get("/indicators/9?month=2016-11").body())
        .contains("The limits are recalculated from Apr 2014: each point")
        .contains(
            "Why the limits are recalculated from Apr 2014: A new &lt;b&gt;referral&lt;/b&gt; pathway")
        .contains("data-first=\"24\"");
    assertThat(audit.about("indicator", "9"))
        .filteredOn(e -> e.action().equals("chart.changed"))
        .singleElement()
        .extracting(AuditEvent::newValue)
        .isEqualTo("{\"baselinePoints\": \"\", \"recalculateFrom\": \"2014-04\"}");

    HttpResponse<String> removed =
        team.submit(
            "/indicators/9/chart",
            "/indicators/9/chart/recalculations/remove",
            Map.of("month", "2014-04", "removeReason", "The pathway started late; no change"));
    assertThat(removed.statusCode()).isEqualTo(302);
    assertThat(team.get("/indicators/9/chart").body())
        .contains("The limits are calculated from all the figures, as one period")
        .contains("The pathway started late; no change");
    assertThat(
            jdbc.sql("select count(*) from chart_recalculation where indicator_id = 9")
                .query(Integer.class)
                .single())
        .as("the first version keeps its recalculation")
        .isEqualTo(1);
  }

  @Test
  void saysWhatIsWrongAndStoresNothing() {
    WebClient team = signedInTeam();
    int before = versions();

    HttpResponse<String> noReason =
        team.submit(
            "/indicators/10/chart",
            "/indicators/10/chart/recalculations",
            Map.of("month", "2012-05", "reason", " "));
    HttpResponse<String> noFigure =
        team.submit(
            "/indicators/10/chart",
            "/indicators/10/chart/recalculations",
            Map.of("month", "1990-04", "reason", "Long ago"));
    HttpResponse<String> shortBaseline =
        team.submit(
            "/indicators/10/chart",
            "/indicators/10/chart/baseline",
            Map.of("baselinePoints", "5", "baselineReason", "The first months"));
    HttpResponse<String> notANumber =
        team.submit(
            "/indicators/10/chart",
            "/indicators/10/chart/baseline",
            Map.of("baselinePoints", "twelve", "baselineReason", "The first year"));

    assertThat(noReason.body()).contains("<a href=\"#reason\">Say why: the chart and the audit");
    assertThat(noFigure.body())
        .contains("<a href=\"#month\">Choose a month the chart has a figure for</a>")
        .contains("Long ago");
    assertThat(shortBaseline.body())
        .contains("The limits need at least 13 points under the organisation&#39;s SPC settings")
        .contains("value=\"5\"");
    assertThat(notANumber.body()).contains("The baseline must be a whole number of points");
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void aBaselineIsStoredAndCanBeRemoved() {
    WebClient team = signedInTeam();
    HttpResponse<String> set =
        team.submit(
            "/indicators/11/chart",
            "/indicators/11/chart/baseline",
            Map.of(
                "baselinePoints", "24", "baselineReason", "Two settled years before the change"));
    assertThat(set.statusCode()).isEqualTo(302);
    assertThat(team.get("/indicators/11/chart").body())
        .contains("first <strong>24</strong> points")
        .contains("Two settled years before the change");

    team.submit(
        "/indicators/11/chart",
        "/indicators/11/chart/baseline",
        Map.of("baselinePoints", "", "baselineReason", "Use every point again"));
    assertThat(team.get("/indicators/11/chart").body())
        .contains("No baseline: each period")
        .contains("24 points");
  }

  @Test
  void theOrganisationsSettingsChangeWithAReasonAndAreAudited() {
    WebClient team = signedInTeam();
    HttpResponse<String> refused =
        team.submit(
            "/spc/settings",
            "/spc/settings",
            Map.of(
                "profile", "ptd",
                "shiftPoints", "1",
                "trendPoints", "seven",
                "minimumPoints", "",
                "conflict", "improvement_wins",
                "reason", "Trying"));
    assertThat(refused.body())
        .contains("<a href=\"#shiftPoints\">Shift points must be between 2 and 50 points, not 1")
        .contains("<a href=\"#trendPoints\">The run of rises or falls must be a whole number");

    HttpResponse<String> saved =
        team.submit(
            "/spc/settings",
            "/spc/settings",
            Map.of(
                "profile", "ptd",
                "shiftPoints", "7",
                "trendPoints", "7",
                "minimumPoints", "",
                "screenMovingRangeOutliers", "true",
                "conflict", "precedence_outside_trend_twointhree_shift",
                "reason", "The analysts use NHSRplotthedots"));
    try {
      assertThat(saved.statusCode()).isEqualTo(302);
      assertThat(team.get("/spc/settings").body())
          .contains("The SPC settings are changed")
          .containsPattern("value=\"ptd\"[^>]*checked")
          .containsPattern("id=\"screenMovingRangeOutliers\"[^>]*checked");
      assertThat(audit.about("setting", "spc"))
          .last()
          .satisfies(e -> assertThat(e.newValue()).contains("\"profile\": \"ptd\""))
          .satisfies(e -> assertThat(e.oldValue()).contains("\"profile\": \"mdc\""));
      assertThat(team.get("/indicators/9/chart").body()).contains("NHSRplotthedots");
    } finally {
      team.submit(
          "/spc/settings",
          "/spc/settings",
          Map.of(
              "profile", "mdc",
              "shiftPoints", "6",
              "trendPoints", "6",
              "minimumPoints", "13",
              "multiPointRulesCrossRecalculations", "true",
              "conflict", "improvement_wins",
              "reason", "Back to Making Data Count"));
    }
  }

  private int versions() {
    return jdbc.sql("select count(*) from chart_definition").query(Integer.class).single();
  }

  private WebClient signedInTeam() {
    WebClient browser = new WebClient(port);
    browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return browser;
  }
}
