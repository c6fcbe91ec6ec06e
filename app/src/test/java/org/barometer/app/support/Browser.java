package org.barometer.app.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, driven by Playwright: one browser for a test class, and a fresh context (its
 * own cookies, so its own session) for each page a test opens. Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 *
 * Playwright never downloads a browser here: it drives {@code /usr/bin/chromium}, which {@code
 * bin/test} installs.
 */
public final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  /** Phone width, for the check that a page does not scroll sideways. */
  public static final int PHONE_WIDTH = 375;

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final List<String> CHROMIUM_ARGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  private Playwright playwright;
  private com.microsoft.playwright.Browser chromium;
  private final List<BrowserContext> contexts = new ArrayList<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    // Also set for the forked test JVM in app/pom.xml; given here too so that a test run from an
    // IDE does not try to download a browser either.
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
  }

  /** A new page, in a context of its own, on the application at {@code port}. */
  public Page open(int port) {
    BrowserContext context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("en-GB")
                .setViewportSize(1280, 900));
    context.setDefaultTimeout(10_000);
    contexts.add(context);
    return context.newPage();
  }

  /** Signs in through the sign-in page, and waits for the page it leads to. */
  public static void signIn(Page page, String username, String password) {
    page.navigate("/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
    page.waitForLoadState();
  }

  /** Signs in as the first administrator, who is also in the performance team. */
  public static void signInAsAdmin(Page page) {
    signIn(page, "admin", IntegrationTest.ADMIN_PASSWORD);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (playwright != null) {
      playwright.close();
    }
  }
}
