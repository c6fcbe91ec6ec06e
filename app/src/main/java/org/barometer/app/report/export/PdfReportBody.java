package org.barometer.app.report.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportAction;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.ReportMonths;
import org.barometer.app.report.ReportRevision;
import org.barometer.app.report.ReportSummary;
import org.barometer.app.report.ReportUnit;
import org.barometer.app.report.ReportView;

/**
 * The XHTML body of the report's PDF: six sections (h2), their parts (h3: departments, groups of
 * actions), each indicator and action under its own h4 with a one-row table of its figures and a
 * few lines of words. Every status and icon is in words; every sparkline is named by its summary. A
 * section with nothing in it says so.
 */
final class PdfReportBody {

  static final List<String> SECTIONS =
      List.of(
          "Summary",
          "Corporate indicators",
          "Exceptions",
          "Contextual basket",
          "Priority actions",
          "Revisions");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final String NOT_ASSIGNED = "Not assigned";

  private final MonthlyReport report;
  private final PdfMarkup out = new PdfMarkup();

  private PdfReportBody(MonthlyReport report) {
    this.report = report;
  }

  static String of(MonthlyReport report, Pack pack, EditionMark mark) {
    PdfReportBody body = new PdfReportBody(report);
    body.edition(pack, mark);
    body.summary();
    body.corporate();
    body.exceptions();
    body.contextual();
    body.actions();
    body.revisions();
    return body.out.toString();
  }

  private void edition(Pack pack, EditionMark mark) {
    out.element("p", mark.label() + ".", "class", "edition");
    if (!pack.isWhole()) {
      out.element(
          "p",
          "This is the "
              + pack.name()
              + " pack: it holds only the indicators, actions and revisions that belong to it.");
    }
  }

  // 1. Summary

  private void summary() {
    section(0, false, "");
    ReportSummary summary = report.summary();
    ReportSummary.Counts now = summary.total().now();
    if (now.all() == 0) {
      out.element("p", "This report has no corporate indicators.");
    } else {
      out.element(
          "p",
          "Of the "
              + count(now.all(), "corporate indicator")
              + " in "
              + ReportMonths.longLabel(report.month())
              + ", "
              + now.green()
              + " were green, "
              + now.amber()
              + " amber, "
              + now.red()
              + " red and "
              + now.none()
              + " had no status. In the tables, the change since last month is in brackets.");
    }
    out.element("h3", "All corporate indicators");
    counts("All corporate indicators by status", "Indicators", List.of(summary.total()), "");
    out.element("h3", "By department");
    counts(
        "Corporate indicators by department and status",
        "Department",
        summary.byDepartment(),
        "No corporate indicator belongs to a department.");
    out.element("h3", "By corporate aim");
    counts(
        "Corporate indicators by corporate aim and status",
        "Corporate aim",
        summary.byAim(),
        "No corporate indicator serves a corporate aim.");
    out.element("h3", "By scrutiny committee");
    counts(
        "Corporate indicators by scrutiny committee and status",
        "Scrutiny committee",
        summary.byCommittee(),
        "No corporate indicator is scrutinised by a committee.");
    out.element("h3", "Indicators without a status");
    if (summary.withoutStatus().isEmpty()) {
      out.element("p", "Every corporate indicator has a status this month.");
    } else {
      out.open("ul");
      for (ReportIndicator indicator : summary.withoutStatus()) {
        out.open("li")
            .element("strong", indicator.code() + " " + indicator.name() + ":")
            .words(" " + indicator.statusReason())
            .close("li");
      }
      out.close("ul");
    }
  }

  private void counts(String caption, String group, List<ReportSummary.Row> rows, String empty) {
    if (rows.isEmpty()) {
      out.element("p", empty);
      return;
    }
    out.open("table", "class", "counts").element("caption", caption);
    header(1, 5, group, "Green", "Amber", "Red", "No status", "All");
    out.open("tbody");
    for (ReportSummary.Row row : rows) {
      out.open("tr").element("th", row.name(), "scope", "row");
      for (String status : ReportSummary.STATUSES) {
        out.open("td", "class", "number")
            .words(Integer.toString(row.now().of(status)))
            .element("span", " (" + row.change(status) + ")", "class", "change")
            .close("td");
      }
      number(Integer.toString(row.now().all()));
      out.close("tr");
    }
    out.close("tbody").close("table");
  }

  // 2. Corporate indicators

  private void corporate() {
    List<ReportIndicator> corporate = report.corporate();
    if (!section(1, corporate.isEmpty(), "This report has no corporate indicators.")) {
      return;
    }
    out.element(
        "p",
        "Each indicator's latest figure against its target, its status and why, its direction of"
            + " travel against the previous period and the same period last year, its forecast,"
            + " what its statistical process control chart says, and its owner's commentary,"
            + " grouped by department.");
    for (Map.Entry<String, List<ReportIndicator>> department : byDepartment(corporate).entrySet()) {
      out.element("h3", department.getKey());
      for (ReportIndicator indicator : department.getValue()) {
        indicator(indicator);
      }
    }
  }

  /** The indicators by department, in the report's order of departments, unassigned last. */
  private Map<String, List<ReportIndicator>> byDepartment(List<ReportIndicator> indicators) {
    Map<String, List<ReportIndicator>> groups = new LinkedHashMap<>();
    for (ReportUnit department : report.departments()) {
      List<ReportIndicator> in = new ArrayList<>();
      for (ReportIndicator indicator : indicators) {
        if (indicator.departmentId() != null && indicator.departmentId() == department.id()) {
          in.add(indicator);
        }
      }
      if (!in.isEmpty()) {
        groups.put(department.name(), in);
      }
    }
    List<ReportIndicator> nowhere = new ArrayList<>(indicators);
    groups.values().forEach(nowhere::removeAll);
    if (!nowhere.isEmpty()) {
      groups.put(NOT_ASSIGNED, nowhere);
    }
    return groups;
  }

  private void indicator(ReportIndicator indicator) {
    out.open("div", "class", "item");
    out.element("h4", indicator.code() + " " + indicator.name());
    out.open("table", "class", "figures")
        .element("caption", indicator.code() + ": latest figure, target, status and trend");
    header(1, 3, "Period", "Figure", "Target", "Forecast", "Status", "Last 13 months");
    out.open("tbody").open("tr").element("th", indicator.period(), "scope", "row");
    number(indicator.figure());
    number(indicator.target());
    number(indicator.forecast());
    out.element("td", indicator.statusLabel());
    sparkline(indicator);
    out.close("tr").close("tbody").close("table");
    out.labelled("Status", orElse(indicator.statusReason(), indicator.statusLabel()));
    if (indicator.overridden()) {
      out.labelled(
          "Computed status",
          orElse(indicator.computedStatusReason(), indicator.computedStatusLabel()));
    }
    direction(indicator);
    if (!indicator.forecastReason().isBlank()) {
      out.labelled("Forecast", indicator.forecastReason());
    }
    out.labelled("Statistical process control", spc(indicator));
    out.labelled("Owner", indicator.owner());
    out.labelled("Commentary", orElse(indicator.commentary(), "None given."));
    out.close("div");
  }

  private void direction(ReportIndicator indicator) {
    out.labelled(
        "Direction of travel",
        "against the previous period, "
            + orElse(indicator.againstPreviousReason(), indicator.againstPrevious())
            + "; against the same period last year, "
            + orElse(indicator.againstLastYearReason(), indicator.againstLastYear()));
  }

  private static String spc(ReportIndicator indicator) {
    List<String> words = new ArrayList<>();
    words.add("variation: " + orElse(indicator.variationLabel(), "no icon"));
    words.add("assurance: " + orElse(indicator.assuranceLabel(), "no icon"));
    String icons = String.join("; ", words) + ".";
    return indicator.spcReading().isBlank() ? icons : icons + " " + indicator.spcReading();
  }

  /** A cell with the sparkline of the latest thirteen months, named by its summary. */
  private void sparkline(ReportIndicator indicator) {
    out.open("td", "class", "trend");
    if (indicator.history().isEmpty()) {
      out.words("No figures yet");
    } else {
      out.markup(ReportView.sparkline(indicator).svg());
    }
    out.close("td");
  }

  // 3. Exceptions

  private void exceptions() {
    List<ReportIndicator> red = report.exceptions();
    if (!section(2, red.isEmpty(), "No corporate indicator is red this month.")) {
      return;
    }
    out.element(
        "p",
        count(red.size(), "corporate indicator")
            + (red.size() == 1 ? " is" : " are")
            + " red: what happened, and what is being done to recover.");
    out.open("table", "class", "exceptions")
        .element("caption", "Red indicators, their explanation and recovery action");
    header(0, -1, "Indicator", "What happened", "Recovery action");
    out.open("tbody");
    for (ReportIndicator indicator : red) {
      out.open("tr").element("th", indicator.code() + " " + indicator.name(), "scope", "row");
      out.element("td", orElse(indicator.explanation(), "Not yet written."));
      out.element("td", orElse(indicator.recoveryAction(), "Not yet written."));
      out.close("tr");
    }
    out.close("tbody").close("table");
  }

  // 4. Contextual basket

  private void contextual() {
    List<ReportIndicator> basket = report.contextual();
    if (!section(3, basket.isEmpty(), "This report has no contextual indicators.")) {
      return;
    }
    out.element(
        "p",
        "Indicators the organisation watches but does not control: their trend and direction of"
            + " travel only, with no target or status.");
    out.open("table", "class", "basket")
        .element("caption", "Contextual indicators, their latest figure and direction of travel");
    header(2, 2, "Indicator", "Period", "Figure", "Direction of travel", "Last 13 months");
    out.open("tbody");
    for (ReportIndicator indicator : basket) {
      out.open("tr").element("th", indicator.code() + " " + indicator.name(), "scope", "row");
      out.element("td", indicator.period());
      number(indicator.figure());
      out.element(
          "td",
          "Against the previous period: "
              + indicator.againstPrevious()
              + ". Against the same period last year: "
              + indicator.againstLastYear()
              + ".");
      sparkline(indicator);
      out.close("tr");
    }
    out.close("tbody").close("table");
  }

  // 5. Priority actions

  private void actions() {
    List<ReportAction> actions = report.actions();
    if (!section(4, actions.isEmpty(), "This report has no priority actions.")) {
      return;
    }
    long overdue = actions.stream().filter(ReportAction::overdue).count();
    out.element(
        "p",
        count(actions.size(), "priority action")
            + ", "
            + overdue
            + " of them with overdue milestones.");
    out.element("h3", "Actions with overdue milestones");
    actions(
        actions.stream().filter(ReportAction::overdue).toList(),
        "No priority action has an overdue milestone.");
    out.element("h3", "Other actions");
    actions(
        actions.stream().filter(action -> !action.overdue()).toList(),
        "Every priority action has an overdue milestone.");
  }

  private void actions(List<ReportAction> actions, String empty) {
    if (actions.isEmpty()) {
      out.element("p", empty);
    }
    for (ReportAction action : actions) {
      action(action);
    }
  }

  private void action(ReportAction action) {
    out.open("div", "class", "item");
    out.element("h4", action.code() + " " + action.title());
    out.open("table", "class", "figures")
        .element("caption", action.code() + ": status, due date and progress");
    header(3, 3, "Action", "Status", "Due", "Complete", "Next milestone");
    out.open("tbody").open("tr").element("th", action.code(), "scope", "row");
    out.element("td", action.statusLabel());
    out.element("td", action.due() == null ? "Not set" : day(action.due()));
    number(action.percentComplete() == null ? "Not given" : action.percentComplete() + "%");
    out.element("td", orElse(action.nextMilestone(), "None"));
    out.close("tr").close("tbody").close("table");
    out.labelled("Status", orElse(action.statusReason(), action.statusLabel()));
    if (action.overdue()) {
      out.open("p", "class", "detail").element("strong", "Overdue milestones:").close("p");
      out.open("ul");
      for (ReportAction.ReportMilestone milestone : action.overdueMilestones()) {
        out.element("li", milestone.title() + ", due " + day(milestone.due()));
      }
      out.close("ul");
    }
    out.labelled("Aim", orElse(action.aim(), NOT_ASSIGNED));
    out.labelled("Lead", orElse(action.lead(), NOT_ASSIGNED));
    out.labelled("Commentary", orElse(action.commentary(), "None given."));
    out.close("div");
  }

  // 6. Revisions

  private void revisions() {
    List<ReportRevision> revisions = report.revisions();
    String none = "No figure published in an earlier edition has been corrected since.";
    if (!section(5, revisions.isEmpty(), none)) {
      return;
    }
    out.element(
        "p",
        "Figures published in an earlier edition and corrected since: "
            + count(revisions.size(), "revision")
            + ".");
    out.open("table", "class", "revisions")
        .element("caption", "Figures corrected since they were published");
    header(3, 4, "Indicator", "Period", "Published in", "Was", "Now", "Reason", "By");
    out.open("tbody");
    for (ReportRevision revision : revisions) {
      out.open("tr")
          .element(
              "th",
              revision.indicatorCode() + " " + orElse(revision.indicatorName(), ""),
              "scope",
              "row");
      out.element("td", revision.period());
      out.element("td", ReportMonths.longLabel(revision.publishedIn()));
      number(revision.was());
      number(revision.now());
      out.element("td", revision.reason());
      out.element("td", revision.by());
      out.close("tr");
    }
    out.close("tbody").close("table");
  }

  // Parts

  /**
   * Opens a section with its heading; when it has nothing to show, says so and returns false.
   *
   * @param index the section's place in {@link #SECTIONS}
   */
  private boolean section(int index, boolean empty, String whenEmpty) {
    String name = SECTIONS.get(index);
    out.element("h2", name, "id", name.toLowerCase(Locale.ROOT).replace(' ', '-'));
    if (empty) {
      out.element("p", whenEmpty);
    }
    return !empty;
  }

  /** The header row; the columns {@code firstNumber} to {@code lastNumber} hold numbers. */
  private void header(int firstNumber, int lastNumber, String... columns) {
    out.open("thead").open("tr");
    for (int i = 0; i < columns.length; i++) {
      if (i >= firstNumber && i <= lastNumber) {
        out.element("th", columns[i], "scope", "col", "class", "number");
      } else {
        out.element("th", columns[i], "scope", "col");
      }
    }
    out.close("tr").close("thead");
  }

  private void number(String text) {
    out.element("td", text, "class", "number");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String day(LocalDate date) {
    return date.format(DAY);
  }

  private static String orElse(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text;
  }
}
