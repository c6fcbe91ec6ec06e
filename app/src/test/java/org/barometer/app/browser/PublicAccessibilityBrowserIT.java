package org.barometer.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.report.Editions;
import org.barometer.app.report.PublishReport;
import org.barometer.app.report.WriteException;
import org.barometer.app.support.Browser;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.NovemberReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The public site passes axe-core's WCAG 2.2 A and AA rules in Chromium, on a desktop and at a
 * phone's width without scrolling sideways, and its main links are reached with the keyboard alone.
 * A database of its own, with November 2016 published: publishing changes what the other browser
 * tests read.
 */
@IntegrationTest
@TestPropertySource(properties = "barometer.test.context=browser-public")
class PublicAccessibilityBrowserIT {

  private static final YearMonth NOVEMBER = YearMonth.of(2016, 11);
  private static final List<String> RED = NovemberReport.RED;

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired Editions editions;
  @Autowired Indicators indicators;
  @Autowired WriteException writeException;
  @Autowired PublishReport publish;

  @BeforeEach
  void novemberIsPublished() {
    if (editions.of(NOVEMBER).isPresent()) {
      return;
    }
    for (String code : RED) {
      writeException.write(
          indicators.currentByCode(code).orElseThrow(),
          NOVEMBER,
          "What happened to " + code,
          "A plan for " + code,
          "admin");
    }
    if (!publish.publish(NOVEMBER, "admin").published()) {
      throw new IllegalStateException("November 2016 was not published");
    }
  }

  @Test
  void everyPublicPagePasses() {
    Page page = browser.open(port);

    page.navigate("/public");
    assertThat(page.locator("h1")).hasText("Performance reports");
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/public/reports/2016-11");
    assertThat(page.locator("main")).containsText("Published");
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/public/reports/2016-11/packs/committee-people");
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/public/indicators");
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/public/indicators/12");
    assertThat(page.locator("svg[role=img]")).hasCount(2);
    page.getByText("The numbers behind the trend chart").click();
    page.getByText("The numbers behind the XmR chart").click();
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/public/actions");
    AccessibilityBrowserIT.checkAccessible(page);
    page.locator("main a[href^='/public/actions/']").first().click();
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/open-data");
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/accessibility");
    AccessibilityBrowserIT.checkAccessible(page);
  }

  @Test
  void theMainLinksAreReachedWithTheKeyboardAlone() {
    Page page = browser.open(port);
    page.navigate("/public");

    page.keyboard().press("Tab");
    Locator skip =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
    assertThat(skip).isFocused();
    Locator menu =
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Public site"));
    for (String name : List.of("Reports", "Indicators", "Actions", "Open data", "Accessibility")) {
      KeyboardBrowserIT.tabTo(
          page, menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)));
    }
    Locator latest =
        page.locator("main")
            .getByRole(
                AriaRole.LINK,
                new Locator.GetByRoleOptions()
                    .setName("Monthly Performance Report: November 2016"));
    KeyboardBrowserIT.tabTo(page, latest);
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile("/public/reports/2016-11$"));

    KeyboardBrowserIT.tabTo(
        page,
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("People Scrutiny Committee")));
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile("/packs/committee-people$"));
    KeyboardBrowserIT.tabTo(page, page.locator("main a[href^='/public/indicators/']").first());
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile("/public/indicators/[^/]+$"));
  }
}
