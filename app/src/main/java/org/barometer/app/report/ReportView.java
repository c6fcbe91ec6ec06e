package org.barometer.app.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.barometer.app.chart.Sparkline;

/**
 * A report made ready for its page: the summary's tables and each indicator's row with its
 * sparkline drawn once.
 *
 * @param monthLabel the month in words
 * @param summary the summary
 * @param summaryGroups the summary's tables: all, by department, by aim, by committee
 * @param corporate the corporate indicators' rows
 * @param contextual the contextual basket's rows
 */
public record ReportView(
    String monthLabel,
    ReportSummary summary,
    List<Group> summaryGroups,
    List<Row> corporate,
    List<Row> contextual) {

  /** An indicator's row: the indicator and its sparkline as inline SVG. */
  public record Row(ReportIndicator indicator, String sparkline) {}

  /** One table of the summary. */
  public record Group(String caption, String heading, List<ReportSummary.Row> rows) {}

  public List<String> statuses() {
    return ReportSummary.STATUSES;
  }

  public static ReportView of(MonthlyReport report) {
    ReportSummary summary = report.summary();
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("All corporate indicators", "Indicators", List.of(summary.total())));
    addGroup(groups, "By department", "Department", summary.byDepartment());
    addGroup(groups, "By corporate aim", "Corporate aim", summary.byAim());
    addGroup(groups, "By scrutiny committee", "Scrutiny committee", summary.byCommittee());
    return new ReportView(
        ReportMonths.longLabel(report.month()),
        summary,
        groups,
        report.corporate().stream().map(ReportView::row).toList(),
        report.contextual().stream().map(ReportView::row).toList());
  }

  private static Row row(ReportIndicator indicator) {
    return new Row(
        indicator, indicator.history().isEmpty() ? "No figures" : sparkline(indicator).svg());
  }

  private static void addGroup(
      List<Group> groups, String caption, String heading, List<ReportSummary.Row> rows) {
    if (!rows.isEmpty()) {
      groups.add(new Group(caption, heading, rows));
    }
  }

  /**
   * The indicator's latest thirteen figures as a sparkline, each value read as it was shown; an
   * indicator without figures gets an empty line that says so.
   */
  public static Sparkline sparkline(ReportIndicator indicator) {
    List<ReportIndicator.HistoryPoint> recent = indicator.recent();
    Map<BigDecimal, String> shown = new TreeMap<>();
    recent.forEach(p -> shown.put(p.value(), p.shown()));
    return Sparkline.of(
        recent.stream().map(ReportIndicator.HistoryPoint::period).toList(),
        recent.stream().map(ReportIndicator.HistoryPoint::value).toList(),
        value -> shown.getOrDefault(value, value.toPlainString()));
  }
}
