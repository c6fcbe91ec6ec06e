package org.barometer.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.barometer.app.support.Browser;
import org.barometer.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The error pages people meet pass the same accessibility checks as every other page. */
@BrowserTest
class ErrorPagesBrowserIT {

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;

  @Test
  void thePublicSitesPageNotFoundPasses() {
    Page page = browser.open(port);

    Response response = page.navigate("/public/reports/2099-01");

    org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    AccessibilityBrowserIT.checkAccessible(page);
  }

  @Test
  void theStaffErrorPagesPass() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/no-such-page");
    assertThat(page.locator("h1")).hasText("Page not found");
    AccessibilityBrowserIT.checkAccessible(page);
    page.navigate("/approvals/1");
    assertThat(page.locator("h1")).hasText("This page cannot be used that way");
    AccessibilityBrowserIT.checkAccessible(page);
  }
}
