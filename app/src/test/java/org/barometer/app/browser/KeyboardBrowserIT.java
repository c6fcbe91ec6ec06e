package org.barometer.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.barometer.app.support.Browser;
import org.barometer.app.support.BrowserTest;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages work with a keyboard alone: Tab, Enter and typing, never the mouse. */
@BrowserTest
class KeyboardBrowserIT {

  private static final int MOST_TABS = 60;

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;

  @Test
  void skipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
    Page page = browser.open(port);
    page.navigate("/login");

    page.keyboard().press("Tab");
    Locator skip =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
    assertThat(skip).isFocused();
    Assertions.assertThat(skip.boundingBox().width).as("shown when focused").isGreaterThan(50);
    page.keyboard().press("Enter");

    assertThat(page.locator("main")).isFocused();
    page.keyboard().press("Tab");
    assertThat(page.getByLabel("Username")).isFocused();
  }

  @Test
  void signsInSubmitsAFigureAndApprovesItWithTheKeyboardAlone() {
    Page page = browser.open(port);
    page.navigate("/login");

    tabTo(page, page.getByLabel("Username"));
    page.keyboard().type("admin");
    page.keyboard().press("Tab");
    assertThat(page.getByLabel("Password")).isFocused();
    page.keyboard().type(IntegrationTest.ADMIN_PASSWORD);
    page.keyboard().press("Enter");
    assertThat(button(page, "Sign out admin")).isVisible();

    page.navigate("/indicators/33/figures/2016-12");
    tabTo(page, page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)));
    page.keyboard().type("87.09");
    page.keyboard().press("Tab");
    assertThat(page.getByLabel("Commentary")).isFocused();
    page.keyboard().type("As in November: no inspections reported this month.");
    tabTo(page, button(page, "Submit for approval"));
    page.keyboard().press("Enter");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The Dec 2016 figure is submitted for approval");

    page.navigate("/approvals");
    Locator card =
        page.locator(".govuk-summary-card")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions()
                                .setName(Pattern.compile("^33\\. .*: Dec 2016$")))));
    tabTo(page, card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")));
    page.keyboard().press("Enter");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Figure approved");
  }

  /** Presses Tab until {@code target} has the focus, and fails if it never gets it. */
  static void tabTo(Page page, Locator target) {
    for (int tabs = 0; tabs < MOST_TABS; tabs++) {
      page.keyboard().press("Tab");
      if ((Boolean) target.evaluate("e => e === document.activeElement")) {
        return;
      }
    }
    Assertions.fail("%s never had the focus after %d presses of Tab", target, MOST_TABS);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
