package org.barometer.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** Runs axe-core on the page in the browser, against WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
public final class Axe {

  private static final List<String> WCAG_A_AND_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  /**
   * The rules whose outcome depends on the width of the window: the size of what is clicked or
   * tapped, and whether a box that scrolls can be reached with the keyboard.
   */
  private static final List<String> LAYOUT_RULES =
      List.of("target-size", "scrollable-region-focusable");

  private Axe() {}

  /** Fails, naming each violation with its impact, the elements and the help, if axe finds any. */
  public static void assertNoViolations(Page page) {
    check(page, new AxeBuilder(page).withTags(WCAG_A_AND_AA));
  }

  /**
   * Runs only the rules that a narrower window can break; for a second look at a page that has
   * passed {@link #assertNoViolations} at another width.
   */
  public static void assertNoLayoutViolations(Page page) {
    check(page, new AxeBuilder(page).withRules(LAYOUT_RULES));
  }

  private static void check(Page page, AxeBuilder axe) {
    // Legacy mode runs axe in the page itself; the default opens a blank page for every run to
    // combine the results of frames, which these pages do not have, and takes twice as long.
    AxeResults results = axe.setLegacyMode(true).analyze();

    assertThat(results.isErrored()).as("axe ran on %s", page.url()).isFalse();
    List<Rule> violations = results.getViolations();
    String report = describe(violations);
    if (!violations.isEmpty()) {
      System.out.println("axe on " + page.url() + ":\n" + report);
    }
    assertThat(violations).as("axe violations on %s:%n%s", page.url(), report).isEmpty();
  }

  private static String describe(List<Rule> violations) {
    StringBuilder report = new StringBuilder();
    for (Rule rule : violations) {
      report
          .append("- ")
          .append(rule.getId())
          .append(" (")
          .append(rule.getImpact())
          .append("): ")
          .append(rule.getHelp())
          .append(" <")
          .append(rule.getHelpUrl())
          .append(">\n");
      for (CheckedNode node : rule.getNodes()) {
        report.append("    at ").append(node.getTarget()).append(": ").append(node.getHtml());
        report.append('\n');
      }
    }
    return report.toString();
  }
}
