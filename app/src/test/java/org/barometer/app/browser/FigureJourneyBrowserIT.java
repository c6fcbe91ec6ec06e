package org.barometer.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.support.Browser;
import org.barometer.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A figure's journey in Chromium: signed in, entered, refused, submitted, approved, rated. */
@BrowserTest
class FigureJourneyBrowserIT {

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired AuditTrail audit;

  @Test
  void entersARefusedFigureThenSubmitsApprovesAndSeesItsStatusWithTheReason() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);
    assertThat(button(page, "Sign out admin")).isVisible();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My figures")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("My figures");
    page.locator("a[href='/indicators/9/figures/2016-12']").click();
    assertThat(page).hasURL(Pattern.compile("/indicators/9/figures/2016-12$"));

    Locator figure = page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true));
    figure.fill("abc");
    button(page, "Submit for approval").click();
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("There is a problem");
    assertThat(page).hasTitle(Pattern.compile("^Error: Enter the Dec 2016 figure"));
    assertThat(summary).isFocused();
    summary
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("The value must be a number, like 87.34, not 'abc'"))
        .click();
    assertThat(figure).isFocused();
    assertThat(figure).hasAttribute("aria-describedby", "value-hint value-error");

    figure.fill("45.00");
    button(page, "Submit for approval").click();
    assertThat(summary).containsText("This figure is red against its target");
    assertThat(summary).containsText("far outside this indicator's usual range");
    assertThat(page.locator("#commentary-error")).containsText("red against its target");
    assertThat(page.locator("#explanation-error")).containsText("usual range");

    page.getByLabel("Commentary")
        .fill("Garden waste fell with the dry autumn; a campaign starts in January.");
    page.getByLabel("Explanation of an unusual figure")
        .fill("The garden waste round was suspended for three weeks.");
    button(page, "Submit for approval").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The Dec 2016 figure is submitted for approval");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals")).click();
    Locator card =
        page.locator(".govuk-summary-card")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions()
                                .setName(Pattern.compile("^9\\. .*: Dec 2016$")))));
    assertThat(card).containsText("Garden waste fell with the dry autumn");
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Figure approved");

    page.navigate("/indicators/9?month=2016-12");
    assertThat(page.locator("main .govuk-tag").first()).hasText("Red");
    assertThat(page.locator("main"))
        .containsText(
            "Red: 45.00% is 9.00 percentage points (16.7%) below the December target of 54.00%");

    // Read from the database until the audit trail has a page; then this journey opens it too.
    Assertions.assertThat(audit.about("indicator", "9"))
        .extracting(AuditEvent::action)
        .containsSubsequence("figure.submitted", "figure.approved");
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
