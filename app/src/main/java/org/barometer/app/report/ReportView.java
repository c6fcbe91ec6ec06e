package org.barometer.app.report;

import static java.time.temporal.ChronoUnit.MONTHS;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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

  /** How many periods a sparkline shows: this one and the same one a year before, monthly. */
  static final int SPARKLINE_PERIODS = 13;

  /**
   * The indicator's latest thirteen periods as a sparkline, each value read as it was shown, and a
   * period without a figure as a break in the line. The periods step as the indicator's figures do
   * (a month, a quarter, a year: the smallest step between two figures).
   */
  public static Sparkline sparkline(ReportIndicator indicator) {
    List<ReportIndicator.HistoryPoint> history = indicator.history();
    Map<YearMonth, ReportIndicator.HistoryPoint> byMonth = new HashMap<>();
    Map<BigDecimal, String> shown = new TreeMap<>();
    long step = Long.MAX_VALUE;
    for (int i = 0; i < history.size(); i++) {
      ReportIndicator.HistoryPoint point = history.get(i);
      byMonth.put(point.lastMonth(), point);
      shown.put(point.value(), point.shown());
      if (i > 0) {
        step = Math.min(step, history.get(i - 1).lastMonth().until(point.lastMonth(), MONTHS));
      }
    }
    step = step == Long.MAX_VALUE || step < 1 ? 1 : step;
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    YearMonth last = history.isEmpty() ? null : history.get(history.size() - 1).lastMonth();
    for (int back = SPARKLINE_PERIODS - 1; last != null && back >= 0; back--) {
      YearMonth month = last.minusMonths(back * step);
      ReportIndicator.HistoryPoint point = byMonth.get(month);
      if (point == null && labels.isEmpty()) {
        continue;
      }
      labels.add(point != null ? point.period() : (step == 1 ? "" : "period to ") + label(month));
      values.add(point != null ? point.value() : null);
    }
    return Sparkline.of(labels, values, value -> shown.getOrDefault(value, value.toPlainString()));
  }

  private static String label(YearMonth month) {
    return org.barometer.core.period.Period.shortMonth(month) + " " + month.getYear();
  }
}
