package org.barometer.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How many corporate indicators are green, amber, red and without status, in all and by department,
 * corporate aim and scrutiny committee, with the same counts the month before.
 *
 * @param total every corporate indicator
 * @param byDepartment one row per department, in order
 * @param byAim one row per corporate aim
 * @param byCommittee one row per scrutiny committee
 * @param withoutStatus the indicators without a status, each with why
 */
public record ReportSummary(
    Row total,
    List<Row> byDepartment,
    List<Row> byAim,
    List<Row> byCommittee,
    List<ReportIndicator> withoutStatus) {

  /**
   * The counts of one group.
   *
   * @param name the group's name
   * @param now the counts this month
   * @param before the counts the month before
   */
  public record Row(String name, Counts now, Counts before) {

    /** The change in a count since last month, signed: "+1", "−2", "no change". */
    public String change(String status) {
      int change = now.of(status) - before.of(status);
      if (change == 0) {
        return "no change";
      }
      return change > 0 ? "+" + change : "\u2212" + (-change);
    }
  }

  /** How many indicators have each status. */
  public record Counts(int green, int amber, int red, int none) {

    public int of(String status) {
      switch (status) {
        case "GREEN":
          return green;
        case "AMBER":
          return amber;
        case "RED":
          return red;
        default:
          return none;
      }
    }

    public int all() {
      return green + amber + red + none;
    }

    static Counts of(List<String> statuses) {
      int green = 0;
      int amber = 0;
      int red = 0;
      int none = 0;
      for (String status : statuses) {
        switch (status) {
          case "GREEN":
            green++;
            break;
          case "AMBER":
            amber++;
            break;
          case "RED":
            red++;
            break;
          default:
            none++;
        }
      }
      return new Counts(green, amber, red, none);
    }
  }

  /** The statuses in the report's words and order. */
  public static final List<String> STATUSES = List.of("GREEN", "AMBER", "RED", "NONE");

  static ReportSummary of(MonthlyReport report) {
    List<ReportIndicator> corporate = report.corporate();
    return new ReportSummary(
        row("All corporate indicators", corporate),
        rows(report.departments(), corporate, ReportIndicator::departmentId),
        rows(report.aims(), corporate, ReportIndicator::aimId),
        rows(report.committees(), corporate, ReportIndicator::committeeId),
        corporate.stream().filter(i -> "NONE".equals(i.status())).toList());
  }

  private static List<Row> rows(
      List<ReportUnit> units,
      List<ReportIndicator> indicators,
      Function<ReportIndicator, Long> unitOf) {
    List<Row> rows = new ArrayList<>();
    for (ReportUnit unit : units) {
      List<ReportIndicator> in =
          indicators.stream()
              .filter(i -> unitOf.apply(i) != null && unitOf.apply(i) == unit.id())
              .toList();
      if (!in.isEmpty()) {
        rows.add(row(unit.name(), in));
      }
    }
    List<ReportIndicator> nowhere =
        indicators.stream().filter(i -> unitOf.apply(i) == null).toList();
    if (!nowhere.isEmpty()) {
      rows.add(row("Not assigned", nowhere));
    }
    return List.copyOf(rows);
  }

  private static Row row(String name, List<ReportIndicator> indicators) {
    return new Row(
        name,
        Counts.of(indicators.stream().map(ReportIndicator::status).toList()),
        Counts.of(indicators.stream().map(ReportIndicator::lastMonthStatus).toList()));
  }
}
