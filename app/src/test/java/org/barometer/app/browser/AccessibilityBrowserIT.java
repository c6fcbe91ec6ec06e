package org.barometer.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.barometer.app.support.Axe;
import org.barometer.app.support.Browser;
import org.barometer.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, in each state that shows something different, passes axe-core's WCAG 2.2 A and AA
 * rules in Chromium, on a desktop and on a phone, and never scrolls sideways on a phone.
 */
@BrowserTest
class AccessibilityBrowserIT {

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;

  @Test
  void pagesForSomeoneNotSignedInPass() {
    Page page = browser.open(port);

    page.navigate("/");
    checkAccessible(page);
    page.navigate("/login");
    checkAccessible(page);

    Browser.signIn(page, "nobody", "not-the-password");
    assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter a correct username and password");
    checkAccessible(page);
  }

  @Test
  void pagesOfTheRegisterPass() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/");
    checkAccessible(page);
    page.navigate("/indicators");
    checkAccessible(page);
    page.navigate("/indicators?month=2016-13");
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    checkAccessible(page);
    page.navigate("/indicators/25");
    checkAccessible(page);
    page.locator(".govuk-details__summary").first().click();
    page.getByText("The numbers behind the XmR chart").click();
    assertThat(page.locator("#spc-reading")).containsText("variation");
    checkAccessible(page);
    page.navigate("/indicators/25/figures");
    checkAccessible(page);
    page.navigate("/indicators/new");
    checkAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the register"))
        .click();
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    checkAccessible(page);
    page.navigate("/indicators/25/edit");
    checkAccessible(page);
  }

  @Test
  void theSpcCalculatorAndChartSettingsPassAndWorkFromTheKeyboard() {
    Page page = browser.open(port);

    page.navigate("/spc");
    checkAccessible(page);
    page.getByLabel("Values, oldest first")
        .fill("20\n24\n20\n26\n22\n16\n18\n16\n31\n28\n34\n26\n30\n19\n5");
    page.getByLabel("Target (optional)").fill("x");
    page.getByLabel("Target (optional)").press("Enter");
    assertThat(page.locator(".govuk-error-summary")).containsText("The target must be a number");
    checkAccessible(page);
    page.getByLabel("Target (optional)").fill("20");
    page.getByLabel("Target (optional)").press("Enter");
    assertThat(page.locator("#reading")).containsText("Special cause concern");
    assertThat(page.locator("svg[role=img]")).hasCount(2);
    page.getByText("The numbers behind the chart, point by point").click();
    checkAccessible(page);

    Browser.signInAsAdmin(page);
    page.navigate("/spc/settings");
    checkAccessible(page);
    page.navigate("/indicators/25/chart");
    checkAccessible(page);
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recalculate from this month"))
        .click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Say why");
    checkAccessible(page);
  }

  @Test
  void pagesOfTheTargetEditorPassAndEnterSaves() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/indicators/12/targets/2016-17");
    checkAccessible(page);
    page.navigate("/indicators/12/targets/2016-17/edit");
    assertThat(page.getByLabel("November")).isVisible();
    checkAccessible(page);
    page.getByLabel("April", new Page.GetByLabelOptions().setExact(true)).fill("");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fill the blank months"))
        .click();
    assertThat(page.getByLabel("April", new Page.GetByLabelOptions().setExact(true)))
        .hasValue("634.75");

    page.navigate("/indicators/24/targets/2019-20/edit");
    page.getByLabel("A range").check();
    assertThat(page.getByLabel("Bottom of the range")).isVisible();
    assertThat(page.getByLabel("Target", new Page.GetByLabelOptions().setExact(true))).isHidden();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the target"))
        .last()
        .click();
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    checkAccessible(page);
    page.getByLabel("Bottom of the range").fill("57.3");
    page.getByLabel("Top of the range").fill("68.3");
    page.getByLabel("Agreed by").fill("Cabinet");
    page.getByLabel("Agreed by").press("Enter");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The 2019/20 target is set from April 2019");
    checkAccessible(page);
  }

  @Test
  void pagesOfTheAccountPass() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/account/tokens");
    checkAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make token")).click();
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    checkAccessible(page);
    page.getByLabel("Name").fill("Finance feed");
    page.getByLabel("Read indicators and figures").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make token")).click();
    assertThat(page.locator(".govuk-panel")).containsText("brm_");
    checkAccessible(page);
  }

  @Test
  void pagesOfCollectionAndApprovalPass() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/my-figures");
    checkAccessible(page);
    // Each browser test approves what it submits, so the queue starts empty.
    page.navigate("/approvals");
    assertThat(page.locator("main")).containsText("No figures are waiting for approval");
    checkAccessible(page);

    page.navigate("/indicators/20/figures/2016-12");
    checkAccessible(page);
    figureField(page).fill("abc");
    submit(page);
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    checkAccessible(page);

    page.navigate("/indicators/19/figures/2016-12");
    figureField(page).fill("25.76");
    page.getByLabel("Commentary").fill("Steady: as in November.");
    submit(page);
    assertThat(page.locator(".govuk-notification-banner")).isVisible();
    checkAccessible(page);

    page.navigate("/approvals");
    assertThat(page.locator(".govuk-summary-card")).hasCount(1);
    checkAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to owner")).click();
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("Say why the figure is returned");
    checkAccessible(page);
    summary.getByRole(AriaRole.LINK).click();
    assertThat(page.getByLabel("Reason, if you return it")).isFocused();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Figure approved");
    checkAccessible(page);
  }

  @Test
  void pagesOfTimelinessPass() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeliness")).click();
    assertThat(page.locator("caption").first()).containsText("Figures by department");
    assertThat(page.locator("#overdue-caption")).isVisible();
    checkAccessible(page);
    page.getByLabel("Month").fill("2016-11");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the month")).click();
    assertThat(page.locator("caption").first()).containsText("November 2016");
    checkAccessible(page);
    page.getByLabel("Month").fill("2016-13");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the month")).click();
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("Enter the month as year and month");
    checkAccessible(page);
    summary.getByRole(AriaRole.LINK).click();
    assertThat(page.getByLabel("Month")).isFocused();
  }

  @Test
  void pagesOfActionsPass() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/actions");
    checkAccessible(page);
    page.navigate("/actions?status=RED");
    checkAccessible(page);
    page.navigate("/actions/33");
    checkAccessible(page);
    page.navigate("/actions/41/progress/2017-01");
    submit(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose how the action stands");
    checkAccessible(page);
    page.getByLabel("On track").check();
    page.getByLabel("Commentary").fill("Consultation closed on time.");
    submit(page);
    assertThat(page.locator(".govuk-notification-banner")).containsText("sent for approval");
    checkAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision"))
        .click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose to approve");
    checkAccessible(page);
    page.getByLabel("Approve: it then feeds the action's status").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision"))
        .click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("is approved");
    checkAccessible(page);
  }

  @Test
  void pagesOfActionOwnersDatesAndListsPass() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/my-actions");
    checkAccessible(page);
    page.navigate("/actions/milestones");
    checkAccessible(page);
    page.navigate("/actions/milestones?days=0");
    assertThat(page.locator(".govuk-error-summary")).containsText("whole number from 1 to 366");
    checkAccessible(page);
    page.navigate("/actions/34/owner");
    checkAccessible(page);
    button(page, "Save the owner and lead officer").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Say why");
    checkAccessible(page);
    page.navigate("/actions/35/due");
    checkAccessible(page);
    button(page, "Revise the date").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Give the new due date");
    checkAccessible(page);
    page.navigate("/actions/34/milestones/2");
    checkAccessible(page);
    button(page, "Mark it completed").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Give the date the milestone");
    checkAccessible(page);
    page.navigate("/actions/import");
    checkAccessible(page);
    button(page, "Import the actions").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose an action plan file");
    checkAccessible(page);
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "plan.csv",
                "text/csv",
                "number,milestone,aim,title,lead_directorates,due_date\n1,,Calm,T,Place,31 Sept 2017\n"
                    .getBytes(StandardCharsets.UTF_8)));
    button(page, "Import the actions").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("The file has 3 errors");
    checkAccessible(page);
  }

  @Test
  void pageOfAnActionsPrioritiesCommitteeAndIndicatorsPasses() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/actions/36/placement");
    checkAccessible(page);
    button(page, "Save the priorities, committee and indicators").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Say why");
    checkAccessible(page);
    page.navigate("/actions/36");
    checkAccessible(page);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  @Test
  void pagesOfTheMonthlyPerformanceReportPassAndPublishingSaysWhatIsMissing() {
    Page page = browser.open(port);
    Browser.signInAsAdmin(page);

    page.navigate("/reports");
    checkAccessible(page);
    page.getByLabel("Open the report for").selectOption("2016-11");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
    assertThat(page).hasURL(Pattern.compile("/reports/2016-11$"));
    assertThat(page.locator("h1")).containsText("Monthly Performance Report: November 2016");
    checkAccessible(page);
    page.getByRole(
            AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Publish the November 2016 report"))
        .click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Red without an explanation");
    checkAccessible(page);
    page.navigate("/reports/2016-11/packs/committee-place");
    checkAccessible(page);
    page.navigate("/reports/2016-11/exceptions/12");
    checkAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the exception"))
        .click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Say what is being done to bring it back on track");
    checkAccessible(page);
  }

  /** Axe on a desktop and on a phone, and no sideways scrolling of the whole page on the phone. */
  static void checkAccessible(Page page) {
    Axe.assertNoViolations(page);
    page.setViewportSize(Browser.PHONE_WIDTH, 800);
    try {
      Object overflow =
          page.evaluate(
              "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
      if (((Number) overflow).intValue() > 0) {
        Object wide =
            page.evaluate(
                "() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                    + ".slice(-5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')");
        Assertions.fail(
            "%s scrolls sideways by %spx at %dpx wide; too wide: %s",
            page.url(), overflow, Browser.PHONE_WIDTH, wide);
      }
      Axe.assertNoLayoutViolations(page);
    } finally {
      page.setViewportSize(1280, 900);
    }
  }

  private static Locator figureField(Page page) {
    return page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true));
  }

  private static void submit(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"))
        .click();
  }
}
