package org.barometer.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.SettableClock;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The timeliness page on Friday 20 January 2017, when December 2016's figures were due on Monday 16
 * January: the demo data's 34 monthly indicators (People 20, Place 9, Chief Executive's 5), of
 * which indicator 9 (Place) was submitted on time, 10 (Place) submitted late and approved, and 31
 * (People) is a draft.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinessPageIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String PASSWORD = "a-long-enough-password-1";

  @TestConfiguration
  static class OnAChosenDay {
    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock(LocalDateTime.of(2017, 1, 20, 9, 0), LONDON);
    }
  }

  @LocalServerPort int port;
  @Autowired SettableClock clock;
  @Autowired UserAccounts accounts;
  @Autowired Indicators indicators;
  @Autowired Measurements measurements;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void figuresAndPeople() {
    long ann = person("ann.owner", "Ann Owner", Role.DATA_OWNER);
    person("team.member", "Team Member", Role.PERFORMANCE_TEAM);
    person("only.admin", "Only Admin", Role.ADMINISTRATOR);
    person("councillor", "A Councillor", Role.COUNCILLOR);
    own("31", ann);
    enter("9", FigureState.SUBMITTED, LocalDateTime.of(2017, 1, 16, 17, 30));
    long late = enter("10", FigureState.SUBMITTED, LocalDateTime.of(2017, 1, 18, 10, 0));
    measurements.decide(late, 0, FigureState.APPROVED, "", "admin", clock.instant());
    enter("31", FigureState.DRAFT, LocalDateTime.of(2017, 1, 13, 12, 0));
    jdbc.sql(
            """
            insert into sent_notice (indicator_id, period_start, frequency, kind, user_id, email,
              due_on, claimed_at, sent_at)
            select i.id, '2016-12-01', 'MONTHLY', 'CHASE', ?, 'ann@example.gov.uk', '2017-01-16',
              '2017-01-17 07:00Z', '2017-01-17 07:00:05Z'
            from indicator i where i.code = '31'
            """)
        .param(ann)
        .update();
    clock.set(LocalDateTime.of(2017, 1, 20, 9, 0));
  }

  /**
   * The days on which a calendar goes wrong: a bank holiday, the first working day after one, the
   * due day itself and a month's last day. The page shows the latest ended month, and whether its
   * figures are due or were due, counting working days without weekends and bank holidays.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Boxing Day 2016 (a bank holiday), 2016-12-26T09:00, November 2016, were due on 14 December"
        + " 2016",
    "Friday 30 December 2016 (the last working day of the month), 2016-12-30T17:00, November 2016,"
        + " were due on 14 December 2016",
    "Tuesday 3 January 2017 (the first working day of the year), 2017-01-03T09:00, December 2016,"
        + " are due by 16 January 2017",
    "Monday 16 January 2017 (the due day), 2017-01-16T23:59, December 2016, are due by 16 January"
        + " 2017",
    "Tuesday 31 January 2017 (a month end), 2017-01-31T23:59, December 2016, were due on 16"
        + " January 2017"
  })
  void showsTheLatestEndedMonthOnDaysThatMatter(
      String day, LocalDateTime at, String month, String due) {
    clock.set(at);
    try {
      String page = text(signedIn("team.member").get("/timeliness").body());

      assertThat(page).as(day).contains("Figures for " + month).contains(due + ".");
    } finally {
      clock.set(LocalDateTime.of(2017, 1, 20, 9, 0));
    }
  }

  @Test
  void countsTheLatestEndedMonthsFiguresByDepartment() {
    String page = text(signedIn("team.member").get("/timeliness").body());

    assertThat(page)
        .contains("Figures for December 2016")
        .contains("were due on 16 January 2017")
        .contains(
            "Department Expected On time Late Loaded from history Missing Awaiting approval"
                + " Approved Complete")
        .contains("Chief Executive's 5 0 0 0 5 0 0 0%")
        .contains("People 20 0 0 0 20 0 0 0%")
        .contains("Place 9 1 1 0 7 1 1 22%")
        .contains("All departments 34 1 1 0 32 1 1 6%");
  }

  @Test
  void listsTheOverdueFiguresWithTheirOwners() {
    String page = text(signedIn("only.admin").get("/timeliness?month=2016-12").body());

    assertThat(page)
        .contains("Overdue figures (32)")
        .containsPattern("31 [^<]+ People Ann Owner Draft 17 January 2017")
        .containsPattern("32 [^<]+ People No owner No figure Not chased")
        .doesNotContain(" 9 Percentage of household waste");
  }

  @Test
  void countsFiguresLoadedFromHistoryApart() {
    String page = text(signedIn("admin").get("/timeliness?month=2016-11").body());

    assertThat(page)
        .contains("Figures for November 2016")
        .containsPattern("All departments 34 0 0 (\\d+) (\\d+) 0 \\1 \\d+%");
  }

  @Test
  void saysWhichMonthsItCannotShowNamingTheField() {
    WebClient team = signedIn("team.member");

    String notAMonth = team.get("/timeliness?month=2016-13").body();
    String notEnded = team.get("/timeliness?month=2017-01").body();

    assertThat(notAMonth)
        .contains("<title>Error: Timeliness and completeness - Barometer</title>")
        .contains("href=\"#month\"")
        .contains("Enter the month as year and month, like 2016-12, not &#39;2016-13&#39;")
        .contains("govuk-input--error");
    assertThat(notEnded)
        .contains("The month must have ended: choose December 2016 (2016-12) or earlier");
  }

  @Test
  void isRefusedToDataOwnersCouncillorsAndStrangers() {
    HttpResponse<String> owner = signedIn("ann.owner").get("/timeliness");
    HttpResponse<String> councillor = signedIn("councillor").get("/timeliness");
    HttpResponse<String> stranger = new WebClient(port).get("/timeliness");

    assertThat(owner.statusCode()).isEqualTo(403);
    assertThat(councillor.statusCode()).isEqualTo(403);
    assertThat(stranger.statusCode()).isEqualTo(302);
    assertThat(stranger.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
  }

  @Test
  void isLinkedFromTheHeaderForTheTeamOnly() {
    assertThat(signedIn("team.member").get("/").body()).contains("href=\"/timeliness\"");
    assertThat(signedIn("ann.owner").get("/").body()).doesNotContain("href=\"/timeliness\"");
  }

  private WebClient signedIn(String username) {
    WebClient client = new WebClient(port);
    client.signIn(username, "admin".equals(username) ? IntegrationTest.ADMIN_PASSWORD : PASSWORD);
    return client;
  }

  private long person(String username, String name, Role role) {
    return accounts.add(
        username, name, null, encoder.encode(PASSWORD), Set.of(role), clock.instant());
  }

  private void own(String code, long userId) {
    new StoredExamples(indicators, measurements).own(code, userId, clock.instant());
  }

  private long enter(String code, FigureState state, LocalDateTime at) {
    clock.set(at);
    return new StoredExamples(indicators, measurements).enterDecember(code, state, clock.instant());
  }

  /** The page's text, without its tags, each run of white space one space. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }
}
