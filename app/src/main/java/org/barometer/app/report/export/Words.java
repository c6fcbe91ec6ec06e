package org.barometer.app.report.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.barometer.app.report.ReportAction;

/** Words the files share for what the report holds as values. */
final class Words {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  /** {@link org.barometer.app.report.ReportSummary#STATUSES} in words, in the same order. */
  static final List<String> STATUSES = List.of("Green", "Amber", "Red", "No status");

  private Words() {}

  /**
   * The text with the control characters XML cannot hold (such as the vertical tab Word leaves in
   * pasted text) made spaces, keeping tabs and line breaks; null becomes empty.
   */
  static String clean(String text) {
    return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
  }

  /** "30 Sep 2016" (as Excel writes d mmm yyyy; the JDK's UK form is "Sept"), or empty. */
  static String day(LocalDate day) {
    return day == null ? "" : day.format(DAY);
  }

  /** An action's overdue milestones: "Building handed over (due 30 Sep 2016)", joined by "; ". */
  static String overdueMilestones(ReportAction action) {
    return action.overdueMilestones().stream()
        .map(m -> m.title() + (m.due() == null ? "" : " (due " + day(m.due()) + ")"))
        .collect(Collectors.joining("; "));
  }
}
