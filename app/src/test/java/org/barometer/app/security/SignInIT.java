package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refused sign-ins tell a stranger nothing about which usernames exist, and are throttled by the
 * address they come from as well as by account. Each test signs in from addresses of its own (the
 * local proxy's X-Forwarded-For), so that its failures count against no other test.
 */
@IntegrationTest
class SignInIT {

  private static final Pattern PROBLEM =
      Pattern.compile("govuk-error-summary__list\">\\s*<li><a href=\"#username\">([^<]+)</a>");
  private static final String PASSWORD = "a-long-sign-in-password";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;

  @Test
  void givesOneMessageForAnUnknownNameAWrongPasswordAndALockedAccount() {
    person("signin.known");
    person("signin.locked");
    accounts.recordFailure("signin.locked", 1, clock.instant().plus(Duration.ofMinutes(15)));

    String unknown = problemAfter(from("198.51.100.1").signIn("signin.nobody", PASSWORD));
    String wrong = problemAfter(from("198.51.100.2").signIn("signin.known", "not-" + PASSWORD));
    String locked = problemAfter(from("198.51.100.3").signIn("signin.locked", PASSWORD));

    assertThat(unknown).startsWith("Enter a correct username and password.");
    assertThat(wrong).isEqualTo(unknown);
    assertThat(locked).isEqualTo(unknown);
    assertThat(locked).doesNotContain("locked").doesNotContain("account");
  }

  @Test
  void checksThePasswordOfALockedAccountBeforeRefusingIt() {
    person("signin.checked");
    accounts.recordFailure("signin.checked", 1, clock.instant().plus(Duration.ofMinutes(15)));

    boolean refused = refused(from("198.51.100.4").signIn("signin.checked", "not-" + PASSWORD));

    // Only a password that was checked counts as one more wrong one.
    assertThat(refused).isTrue();
    assertThat(accounts.byUsername("signin.checked").orElseThrow().failedLogins()).isEqualTo(2);
  }

  @Test
  void refusesAnAddressAfterTwentyFailuresWhateverTheNamesEvenWithTheRightPassword() {
    person("signin.target");
    WebClient guesser = from("203.0.113.9");
    for (int attempt = 1; attempt <= 20; attempt++) {
      assertThat(refused(guesser.signIn("signin.guess" + attempt, PASSWORD))).isTrue();
    }

    boolean fromThatAddress = refused(guesser.signIn("signin.target", PASSWORD));
    boolean fromAnother = refused(from("203.0.113.10").signIn("signin.target", PASSWORD));

    assertThat(fromThatAddress).isTrue();
    assertThat(fromAnother).isFalse();
    assertThat(accounts.byUsername("signin.target").orElseThrow().lockedAt(clock.instant()))
        .as("the address's failures locked no account")
        .isFalse();
  }

  private void person(String username) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(
          username,
          username,
          null,
          encoder.encode(PASSWORD),
          Set.of(Role.COUNCILLOR),
          clock.instant());
    }
  }

  private WebClient from(String address) {
    return new WebClient(port, "X-Forwarded-For", address);
  }

  private static boolean refused(HttpResponse<String> signIn) {
    return signIn.headers().firstValue("Location").orElseThrow().endsWith("/login?error");
  }

  /** The message the sign-in page shows after a refused sign-in. */
  private String problemAfter(HttpResponse<String> signIn) {
    assertThat(refused(signIn)).isTrue();
    String page = new WebClient(port).get("/login?error").body();
    Matcher matcher = PROBLEM.matcher(page);
    assertThat(matcher.find()).as("the page shows a problem").isTrue();
    return matcher.group(1);
  }
}
