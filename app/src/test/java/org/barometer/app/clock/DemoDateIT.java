package org.barometer.app.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo, with no clock set, lives in its own time: its data ends in November 2016, and it runs
 * as of Thursday 15 December 2016, as every page says.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.clock.as-of=")
class DemoDateIT {

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void runsAsOfTheFifteenthOfDecember2016AndEveryPageSaysSo() {
    WebClient admin = new WebClient(port);
    admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD);

    String home = admin.get("/").body();
    String timeliness = admin.get("/timeliness").body();
    String publicSite = new WebClient(port).get("/public").body();

    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2016, 12, 15));
    assertThat(home)
        .contains("govuk-phase-banner")
        .contains("This demonstration runs as of Thursday 15 December 2016, not today");
    assertThat(timeliness).contains("Figures for November 2016");
    assertThat(publicSite).contains("This demonstration runs as of Thursday 15 December 2016");
  }

  @Test
  void aSyntheticFigureThatAPersonCorrectsIsNoLongerSynthetic() {
    WebClient team = new WebClient(port);
    team.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    String path = "/indicators/9/figures/2016-10";
    String figure =
        " from measurement m join indicator i on i.id = m.indicator_id"
            + " where i.code = '9' and m.period_start = '2016-10-01'";
    boolean before = jdbc.sql("select m.synthetic" + figure).query(Boolean.class).single();
    String version = jdbc.sql("select m.version" + figure).query(Integer.class).single().toString();

    int status =
        team.submit(
                path,
                path,
                Map.of(
                    "value", "49.5",
                    "commentary", "The month's tonnages as the contractor reported them",
                    "correction", "The synthetic figure replaced by the real one",
                    "version", version,
                    "action", "submit"))
            .statusCode();

    assertThat(before).isTrue();
    assertThat(status).isEqualTo(302);
    assertThat(jdbc.sql("select m.synthetic" + figure).query(Boolean.class).single()).isFalse();
  }
}
