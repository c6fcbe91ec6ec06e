package org.barometer.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.indicator.Placement;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.period.MonthPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class RegisterPagesIT {

  @LocalServerPort int port;
  @Autowired Indicators indicators;
  @Autowired Measurements measurements;
  @Autowired Clock clock;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  private WebClient browser;

  @BeforeEach
  void signIn() {
    browser = new WebClient(port);
    browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void listsTheSeedIndicatorsWithTheirNovemberStatus() {
    String page = browser.get("/indicators?month=2016-11").body();

    assertThat(page).contains("Status for November 2016");
    assertThat(page).contains("Govmetric Measurement of Satisfaction");
    assertThat(page)
        .contains("Percentage of household waste sent for reuse, recycling and composting");
    assertThat(count(page, "govuk-tag--red")).isEqualTo(6);
    assertThat(count(page, "govuk-tag--yellow")).isEqualTo(3);
  }

  @Test
  void filtersByStatus() {
    String page = browser.get("/indicators?month=2016-11&status=AMBER").body();

    assertThat(page).contains("Showing 3 of");
    assertThat(count(page, "govuk-tag--yellow")).isEqualTo(3);
    assertThat(page).doesNotContain("govuk-tag--green\"");
  }

  @Test
  void showsAnIndicatorWithTheReasonForItsStatus() {
    String page = browser.get("/indicators/9?month=2016-11").body();

    assertThat(page)
        .contains(
            "Amber: 50.56% is 3.44 percentage points (6.4%) below the November target of 54.00%;"
                + " the tolerance is 10% of the target (5.40 points)");
    assertThat(page).contains("Against the same period last year").contains("Year-end forecast");
    assertThat(page).contains("Synthetic (demonstration)");
    assertThat(page)
        .contains("This year")
        .contains("Statistical process control")
        .containsPattern("id=\"spc-reading\">(Common cause variation|Special cause)")
        .contains("<svg")
        .contains("The numbers behind the XmR chart");
    assertThat(page).contains("Cabinet");
  }

  @Test
  void showsTheLatestTwoYearsOfFiguresAndLinksToEveryOne() {
    String page = browser.get("/indicators/22?month=2016-11").body();
    String all = browser.get("/indicators/22/figures").body();

    assertThat(count(page, "<td class=\"govuk-table__cell govuk-table__cell--numeric\""))
        .isEqualTo(24);
    assertThat(page).contains("The latest 24 figures, latest first").contains("Dec 2014");
    String figures = page.substring(page.indexOf("The latest 24 figures, latest first"));
    figures = figures.substring(0, figures.indexOf("</table>"));
    assertThat(figures).contains(">Dec 2014<").doesNotContain(">Nov 2014<");
    assertThat(page).containsPattern("All \\d+ figures");
    assertThat(count(all, "<td class=\"govuk-table__cell govuk-table__cell--numeric\""))
        .isGreaterThan(24);
    assertThat(all).contains(">Nov 2014<").contains(">Apr 2012<");
  }

  @Test
  void saysWhatIsWrongWithAMonthThatIsNotOne() {
    String page = browser.get("/indicators?month=2016-13").body();

    assertThat(page).contains("There is a problem").contains("like 2016-11");
  }

  @Test
  void filtersByOwnerAmongThoseWhoOwnAnIndicatorKeepingTheOtherFilters() {
    IndicatorVersion seven = indicators.currentByCode("7").orElseThrow();
    long owner = dataOwner("filter.owner");
    dataOwner("filter.idle");
    indicators.revise(
        seven.indicatorId(),
        seven.version(),
        seven.definition().withOwner(Optional.of(owner)),
        "test",
        clock.instant(),
        "test");
    long department = seven.definition().placement().departmentId().orElseThrow();
    long elsewhere =
        jdbc.sql("select min(id) from department where id <> ?")
            .param(department)
            .query(Long.class)
            .single();

    String mine = browser.get("/indicators?month=2016-11&owner=" + owner).body();
    String mineHere =
        browser
            .get("/indicators?month=2016-11&owner=" + owner + "&department=" + department)
            .body();
    String mineElsewhere =
        browser.get("/indicators?month=2016-11&owner=" + owner + "&department=" + elsewhere).body();

    assertThat(mine)
        .contains("Showing 1 of")
        .contains("href=\"/indicators/7?month=2016-11\"")
        .containsPattern("<option value=\"" + owner + "\"\\s+selected=\"selected\">filter.owner")
        .doesNotContain("filter.idle");
    assertThat(mineHere).contains("Showing 1 of");
    assertThat(mineElsewhere)
        .contains("Showing 0 of")
        .containsPattern("<option value=\"" + elsewhere + "\"\\s+selected=\"selected\"")
        .containsPattern("<option value=\"" + owner + "\"\\s+selected=\"selected\"");
  }

  @Test
  void answersNotFoundForAnUnknownIndicator() {
    assertThat(browser.get("/indicators/no-such-thing").statusCode()).isEqualTo(404);
  }

  @Test
  void sendsStrangersToSignIn() {
    HttpResponse<String> response = new WebClient(port).get("/indicators");

    assertThat(response.statusCode()).isEqualTo(302);
  }

  @Test
  void showsACommentaryHoldingAScriptAsText() {
    long id =
        indicators.add(
            new IndicatorDefinition(
                "xss-1",
                "Escaping",
                "",
                "",
                Measure.of(Unit.COUNT, 0, Polarity.MAXIMISE, AggregationKind.SNAPSHOT),
                "",
                Placement.nowhere(),
                Optional.empty(),
                false,
                Optional.empty(),
                false,
                "",
                ""),
            "test",
            clock.instant(),
            "test");
    measurements.add(
        id,
        MonthPeriod.of(2016, 11),
        Figure.plain("3"),
        FigureState.APPROVED,
        "<script>alert('x')</script>",
        1,
        false,
        "test",
        clock.instant());

    String page = browser.get("/indicators/xss-1?month=2016-11").body();

    assertThat(page)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  private long dataOwner(String username) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(
          username,
          username,
          null,
          encoder.encode("filter-password-1"),
          Set.of(Role.DATA_OWNER),
          clock.instant());
    }
    return accounts.byUsername(username).orElseThrow().id();
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
