package org.barometer.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.indicator.Placement;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
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

@IntegrationTest
class RegisterPagesIT {

  @LocalServerPort int port;
  @Autowired Indicators indicators;
  @Autowired Measurements measurements;
  @Autowired Clock clock;
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
    assertThat(count(page, "govuk-tag--red")).isEqualTo(8);
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
    assertThat(page).contains("Cabinet");
  }

  @Test
  void showsTheLatestTwoYearsOfFiguresAndLinksToEveryOne() {
    String page = browser.get("/indicators/22?month=2016-11").body();
    String all = browser.get("/indicators/22/figures").body();

    assertThat(count(page, "<td class=\"govuk-table__cell govuk-table__cell--numeric\""))
        .isEqualTo(24);
    assertThat(page).contains("The latest 24 figures, latest first").contains("Dec 2014");
    assertThat(page).doesNotContain(">Nov 2014<");
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

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
