package org.barometer.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.Browser;
import org.barometer.app.support.BrowserTest;
import org.barometer.app.support.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An action's journey in Chromium: the team names its owner, who reports it on track; the team
 * approves it and it is green; once a milestone's date passes it is amber, the milestone named.
 */
@BrowserTest
class ActionJourneyBrowserIT {

  private static final String PASSWORD = "action-journey-password";

  @RegisterExtension static final Browser browser = new Browser();

  @TestConfiguration
  static class InJune2017 {
    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock(LocalDateTime.of(2017, 6, 15, 10, 0), ZoneId.of("Europe/London"));
    }
  }

  @LocalServerPort int port;
  @Autowired SettableClock clock;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;

  @Test
  void reportedOnTrackAndApprovedIsGreenThenAmberOnceAMilestoneIsMissed() {
    if (accounts.byUsername("journey.owner").isEmpty()) {
      accounts.add(
          "journey.owner",
          "Jo Owner",
          null,
          encoder.encode(PASSWORD),
          Set.of(Role.DATA_OWNER),
          clock.instant());
    }
    Page team = browser.open(port);
    Browser.signInAsAdmin(team);
    team.navigate("/actions/33");
    team.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Change who owns and leads it"))
        .click();
    team.getByLabel("Owner").selectOption(new SelectOption().setLabel("Jo Owner (journey.owner)"));
    team.getByLabel("Why they change").fill("Named at the June planning meeting");
    button(team, "Save the owner and lead officer").click();
    assertThat(team.locator(".govuk-notification-banner")).containsText("are changed");

    Page owner = browser.open(port);
    Browser.signIn(owner, "journey.owner", PASSWORD);
    owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My actions")).click();
    Locator row = owner.locator("tr").filter(new Locator.FilterOptions().setHasText("Seaway"));
    assertThat(row).containsText("Awaited");
    row.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^June 2017")))
        .click();
    owner.getByLabel("On track").check();
    owner.getByLabel("Percentage complete (optional)").fill("40");
    owner.getByLabel("Commentary").fill("The coach park condition is on course for June.");
    button(owner, "Submit for approval").click();
    assertThat(owner.locator(".govuk-notification-banner")).containsText("sent for approval");

    team.navigate("/actions/33");
    team.getByLabel("Approve: it then feeds the action's status").check();
    button(team, "Record the decision").click();
    assertThat(team.locator(".govuk-notification-banner")).containsText("is approved");
    assertThat(status(team)).hasText("Green");

    clock.set(LocalDateTime.of(2017, 7, 3, 9, 0));
    team.navigate("/actions/33");
    assertThat(status(team)).hasText("Amber");
    assertThat(team.locator("main"))
        .containsText(
            "Amber: its milestone \"To meet the Coach Park Relocation Condition\" was due on"
                + " 30 June 2017 and is not complete");
    assertThat(
            team.locator("li")
                .filter(new Locator.FilterOptions().setHasText("Coach Park Relocation"))
                .locator(".govuk-tag"))
        .hasText("Overdue");
  }

  private static Locator status(Page page) {
    return page.locator("main .govuk-summary-list .govuk-tag").first();
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
