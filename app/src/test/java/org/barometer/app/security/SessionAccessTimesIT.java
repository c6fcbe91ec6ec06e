package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A session's last access is written at most once a minute, and its timeout still holds. */
@IntegrationTest
class SessionAccessTimesIT {

  private static final String USER = "session.times";
  private static final String PASSWORD = "session-times-password-1";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void writesTheLastAccessOnlyWhenTheRecordedOneIsAMinuteOldAndEndsAnIdleSession() {
    if (accounts.byUsername(USER).isEmpty()) {
      accounts.add(
          USER,
          "Session Times",
          "session.times@example.org",
          encoder.encode(PASSWORD),
          Set.of(Role.COUNCILLOR),
          clock.instant());
    }
    WebClient browser = new WebClient(port);
    browser.signIn(USER, PASSWORD);
    long signedIn = lastAccess();

    assertThat(browser.get("/indicators?month=2016-11").statusCode()).isEqualTo(200);
    assertThat(lastAccess()).as("not written again within a minute").isEqualTo(signedIn);

    jdbc.sql(
            "update spring_session set last_access_time = last_access_time - 120000,"
                + " expiry_time = expiry_time - 120000 where principal_name = ?")
        .param(USER)
        .update();
    assertThat(browser.get("/indicators?month=2016-11").statusCode()).isEqualTo(200);
    assertThat(lastAccess())
        .as("written once the recorded one is older")
        .isGreaterThan(signedIn - 60000);

    jdbc.sql(
            "update spring_session set last_access_time = last_access_time"
                + " - max_inactive_interval * 1000::bigint - 1000,"
                + " expiry_time = expiry_time - max_inactive_interval * 1000::bigint - 1000"
                + " where principal_name = ?")
        .param(USER)
        .update();
    assertThat(browser.get("/").body()).as("idle past the timeout").doesNotContain("Sign out");
  }

  private long lastAccess() {
    return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
        .param(USER)
        .query(Long.class)
        .single();
  }
}
