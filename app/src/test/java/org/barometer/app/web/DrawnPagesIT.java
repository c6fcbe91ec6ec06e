package org.barometer.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Pages drawn once are the pages the templates draw: each person's own, with the request's own CSRF
 * token, drawn again once the data changes, and never keeping a one-off message.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.database=drawn-pages")
class DrawnPagesIT {

  private static final String PAGE = "/indicators/21?month=2016-11";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void eachPersonIsGivenTheirOwnPageWithTheRequestsOwnToken() {
    WebClient team = new WebClient(port);
    team.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    WebClient councillor = signedInCouncillor();

    String first = team.get(PAGE).body();
    String forCouncillor = councillor.get(PAGE).body();
    String second = team.get(PAGE).body();

    assertThat(first).contains("Set the status for Nov 2016 by hand", "Change the definition");
    assertThat(forCouncillor)
        .contains("Amber: 79.1%", "Sign out <span>drawn.councillor</span>")
        .doesNotContain("Set the status for", "Change the definition", "<span>admin</span>");
    List<String> firstTokens = WebClient.csrfTokens(first);
    List<String> secondTokens = WebClient.csrfTokens(second);
    assertThat(firstTokens).hasSize(2).doesNotContain(DrawnPages.TOKEN_MARK);
    assertThat(secondTokens).hasSize(2).doesNotContainAnyElementsOf(firstTokens);
    assertThat(second.replace(secondTokens.get(0), "T").replace(secondTokens.get(1), "T"))
        .as("the same page but for the token")
        .isEqualTo(first.replace(firstTokens.get(0), "T").replace(firstTokens.get(1), "T"));
  }

  @Test
  void aChangeOnAnyNodeDrawsThePageAgainAndAMessageIsShownOnce() {
    WebClient team = new WebClient(port);
    team.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    assertThat(team.get(PAGE).body()).doesNotContain("Drawn again after a change");

    jdbc.sql(
            "update indicator_version set notes = 'Drawn again after a change'"
                + " where indicator_id = (select id from indicator where code = '21')")
        .update();
    assertThat(team.get(PAGE).body()).contains("Drawn again after a change");

    assertThat(
            team.submit(PAGE, "/indicators/21/status/2016-11", Map.of("colour", "GREEN"))
                .statusCode())
        .isEqualTo(302);
    assertThat(team.get(PAGE).body()).contains("Give the reason for the status");
    assertThat(team.get(PAGE).body()).doesNotContain("Give the reason for the status");
  }

  @Test
  void aDraftReportShowsAChangedActionAtOnce() {
    WebClient team = new WebClient(port);
    team.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    String code =
        jdbc.sql("select code from action where retired_at is null order by id limit 1")
            .query(String.class)
            .single();
    assertThat(team.get("/reports/2016-11").body()).doesNotContain("Retitled after the draft");

    jdbc.sql("update action set title = 'Retitled after the draft was drawn' where code = ?")
        .param(code)
        .update();

    assertThat(team.get("/reports/2016-11").body())
        .contains(code + ". Retitled after the draft was drawn");
  }

  @Test
  void writesDatesInBritishEnglishWhateverLanguageTheBrowserAsksFor() {
    WebClient team = new WebClient(port);
    team.signIn("admin", IntegrationTest.ADMIN_PASSWORD);

    String page = team.get(PAGE, "Accept-Language", "fr-FR,fr;q=0.9").body();

    assertThat(page).contains("Performance for November 2016").doesNotContain("novembre");
  }

  private WebClient signedInCouncillor() {
    String password = "drawn-councillor-password";
    if (accounts.byUsername("drawn.councillor").isEmpty()) {
      accounts.add(
          "drawn.councillor",
          "Drawn Councillor",
          "drawn.councillor@example.org",
          encoder.encode(password),
          Set.of(Role.COUNCILLOR),
          clock.instant());
    }
    WebClient councillor = new WebClient(port);
    councillor.signIn("drawn.councillor", password);
    return councillor;
  }
}
