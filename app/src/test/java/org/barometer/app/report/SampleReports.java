package org.barometer.app.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports made by hand for the tests of what is drawn from a report: a small one with every kind of
 * row, and one of any size with ten years of monthly history.
 */
public final class SampleReports {

  public static final YearMonth NOVEMBER_2016 = YearMonth.of(2016, 11);

  static final ReportUnit PEOPLE = new ReportUnit(1, "People");
  static final ReportUnit PLACE = new ReportUnit(2, "Place");
  static final ReportUnit POLICY = new ReportUnit(3, "Policy and Resources");
  static final ReportUnit AIM_SAFE = new ReportUnit(10, "Safe");
  static final ReportUnit AIM_HEALTHY = new ReportUnit(11, "Healthy");

  private SampleReports() {}

  /**
   * Four indicators (green percentage, red count with its exception, one without status, one
   * contextual), two actions (one with an overdue milestone) and one revision; a name holding
   * {@code <script>} and {@code &} to catch unescaped text.
   */
  public static MonthlyReport small() {
    List<ReportIndicator> indicators =
        List.of(
            indicator(
                "1",
                "Satisfaction with services",
                PEOPLE,
                AIM_HEALTHY,
                PEOPLE,
                "PERCENTAGE",
                2,
                "87.34%",
                new BigDecimal("87.34"),
                "80.00%",
                new BigDecimal("80.00"),
                "GREEN",
                "AMBER",
                false,
                history(13, "87.34", 2, "%")),
            indicator(
                "12",
                "Missed bin collections <script>alert(1)</script> & more",
                PLACE,
                AIM_SAFE,
                PLACE,
                "COUNT",
                0,
                "5,719",
                new BigDecimal("5719"),
                "5,078",
                new BigDecimal("5078"),
                "RED",
                "RED",
                false,
                history(120, "5719", 0, "")),
            indicator(
                "23",
                "Delayed transfers of care",
                PEOPLE,
                AIM_HEALTHY,
                PEOPLE,
                "PERCENTAGE",
                2,
                "–",
                null,
                "74.00%",
                new BigDecimal("74.00"),
                "NONE",
                "NONE",
                false,
                List.of()),
            indicator(
                "C1",
                "Recorded crime per 1,000 people",
                POLICY,
                AIM_SAFE,
                POLICY,
                "RATE_PER_1000",
                1,
                "63.2",
                new BigDecimal("63.2"),
                "None",
                null,
                "NONE",
                "NONE",
                true,
                history(24, "63.2", 1, "")));
    List<ReportAction> actions =
        List.of(
            new ReportAction(
                "A7",
                "Open the new library",
                "Healthy",
                PEOPLE.id(),
                PEOPLE.name(),
                List.of(PEOPLE.id()),
                "Director of Culture",
                "RED",
                "Red",
                "Red: the milestone \"Building handed over\" was due on 30 September 2016",
                LocalDate.of(2017, 3, 31),
                40,
                "Contractor delayed by weather",
                List.of(
                    new ReportAction.ReportMilestone(
                        "Building handed over", LocalDate.of(2016, 9, 30))),
                "Opening ceremony"),
            new ReportAction(
                "A2",
                "Resurface the seafront",
                "Safe",
                PLACE.id(),
                PLACE.name(),
                List.of(PLACE.id()),
                "",
                "GREEN",
                "Green",
                "Green: on track",
                LocalDate.of(2017, 6, 30),
                null,
                "",
                List.of(),
                ""));
    List<ReportRevision> revisions =
        List.of(
            new ReportRevision(
                "12",
                "Missed bin collections <script>alert(1)</script> & more",
                "Oct 2016",
                YearMonth.of(2016, 10),
                "5,102",
                "5,210",
                "Late returns from the contractor",
                "Pat Owner",
                Instant.parse("2016-12-02T10:15:30Z")));
    return new MonthlyReport(
        "Southend-on-Sea Borough Council",
        NOVEMBER_2016,
        Instant.parse("2016-12-05T09:00:00Z"),
        List.of(PEOPLE, PLACE, POLICY),
        List.of(AIM_SAFE, AIM_HEALTHY),
        List.of(PEOPLE, PLACE, POLICY),
        indicators,
        actions,
        revisions);
  }

  /** Text as a careless or hostile person might type it, each starting as a formula would. */
  public static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://evil.example\",\"Click\")",
          "+1+cmd|' /C calc'!A0",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(A1:A9)",
          "\t=1+1",
          "\r=2+2");

  /**
   * The small report with every text a person types starting as a formula would: indicator names,
   * department and owner names, commentary, exception text, action titles, leads and commentary,
   * milestones and revision reasons; the bin collections figure is negative (-5,719), a number that
   * must stay one.
   */
  public static MonthlyReport hostile() {
    MonthlyReport small = small();
    List<ReportIndicator> indicators = new ArrayList<>();
    for (int n = 0; n < small.indicators().size(); n++) {
      ReportIndicator i = small.indicators().get(n);
      String typed = HOSTILE.get(n % HOSTILE.size());
      ReportIndicator renamed =
          indicator(
              i.code(),
              typed + " " + i.name(),
              new ReportUnit(i.departmentId(), HOSTILE.get(3) + " " + i.department()),
              new ReportUnit(i.aimId(), i.aim()),
              new ReportUnit(i.committeeId(), i.committee()),
              i.unit(),
              i.decimals(),
              "12".equals(i.code()) ? "-5,719" : i.figure(),
              "12".equals(i.code()) ? new BigDecimal("-5719") : i.figureValue(),
              i.target(),
              i.targetValue(),
              i.status(),
              i.lastMonthStatus(),
              i.contextual(),
              "12".equals(i.code()) ? history(120, "-5719", 0, "") : i.history());
      indicators.add(
          withWords(
              renamed, HOSTILE.get(0) + " commentary", HOSTILE.get(1), HOSTILE.get(2) + " plan"));
    }
    List<ReportAction> actions =
        small.actions().stream()
            .map(
                a ->
                    new ReportAction(
                        a.code(),
                        HOSTILE.get(3) + " " + a.title(),
                        a.aim(),
                        a.committeeId(),
                        a.committee(),
                        a.departmentIds(),
                        HOSTILE.get(4),
                        a.status(),
                        a.statusLabel(),
                        a.statusReason(),
                        a.due(),
                        a.percentComplete(),
                        HOSTILE.get(5) + " progress",
                        a.overdueMilestones().stream()
                            .map(
                                m ->
                                    new ReportAction.ReportMilestone(
                                        HOSTILE.get(0) + " " + m.title(), m.due()))
                            .toList(),
                        a.nextMilestone().isEmpty() ? "" : HOSTILE.get(1)))
            .toList();
    List<ReportRevision> revisions =
        small.revisions().stream()
            .map(
                r ->
                    new ReportRevision(
                        r.indicatorCode(),
                        HOSTILE.get(2) + " " + r.indicatorName(),
                        r.period(),
                        r.publishedIn(),
                        r.was(),
                        r.now(),
                        HOSTILE.get(3) + " " + r.reason(),
                        HOSTILE.get(4) + " " + r.by(),
                        r.at()))
            .toList();
    return new MonthlyReport(
        small.organisation(),
        small.month(),
        small.builtAt(),
        small.departments(),
        small.aims(),
        small.committees(),
        indicators,
        actions,
        revisions);
  }

  /**
   * A report of {@code count} indicators, each with ten years of monthly history, a third of them
   * red with their exception written, spread over three departments and committees.
   */
  public static MonthlyReport ofSize(int count) {
    List<ReportUnit> units = List.of(PEOPLE, PLACE, POLICY);
    List<ReportIndicator> indicators = new ArrayList<>();
    String[] statuses = {"GREEN", "AMBER", "RED"};
    for (int i = 0; i < count; i++) {
      ReportUnit unit = units.get(i % 3);
      boolean percent = i % 2 == 0;
      String value = percent ? "7" + (i % 10) + ".5" : Integer.toString(1000 + i);
      indicators.add(
          indicator(
              Integer.toString(i + 1),
              "Indicator number " + (i + 1) + " measuring something of note",
              unit,
              i % 2 == 0 ? AIM_SAFE : AIM_HEALTHY,
              unit,
              percent ? "PERCENTAGE" : "COUNT",
              percent ? 1 : 0,
              percent ? value + "%" : String.format("%,d", 1000 + i),
              new BigDecimal(value),
              percent ? "75.0%" : "1,100",
              percent ? new BigDecimal("75.0") : new BigDecimal("1100"),
              statuses[i % 3],
              statuses[(i + 1) % 3],
              false,
              history(120, value, percent ? 1 : 0, percent ? "%" : "")));
    }
    return new MonthlyReport(
        "Southend-on-Sea Borough Council",
        NOVEMBER_2016,
        Instant.parse("2016-12-05T09:00:00Z"),
        units,
        List.of(AIM_SAFE, AIM_HEALTHY),
        units,
        indicators,
        List.of(),
        List.of());
  }

  /** The indicator with its commentary, explanation and recovery action replaced. */
  public static ReportIndicator withWords(
      ReportIndicator i, String commentary, String explanation, String recoveryAction) {
    return copy(i, i.history(), commentary, explanation, recoveryAction);
  }

  /** The indicator with its history replaced. */
  public static ReportIndicator withHistory(
      ReportIndicator i, List<ReportIndicator.HistoryPoint> history) {
    return copy(i, history, i.commentary(), i.explanation(), i.recoveryAction());
  }

  /** The reason of the override in {@link #overridden}. */
  public static final String OVERRIDE_REASON = "Meets the national threshold of 75%";

  /** The computed status's reason kept beside the override in {@link #overridden}. */
  public static final String COMPUTED_REASON =
      "Red: 87.34% is 9.66 percentage points below the November target of 97.00%";

  /**
   * The small report with indicator 1's status set by hand: computed red, judged amber by the
   * performance team.
   */
  public static MonthlyReport overridden() {
    MonthlyReport small = small();
    return new MonthlyReport(
        small.organisation(),
        small.month(),
        small.builtAt(),
        small.departments(),
        small.aims(),
        small.committees(),
        small.indicators().stream()
            .map(
                i ->
                    i.code().equals("1")
                        ? withStatus(
                            i,
                            "AMBER",
                            "Amber (overridden)",
                            OVERRIDE_REASON,
                            "RED",
                            COMPUTED_REASON)
                        : i)
            .toList(),
        small.actions(),
        small.revisions());
  }

  /** The indicator with its status replaced. */
  public static ReportIndicator withStatus(
      ReportIndicator i,
      String status,
      String label,
      String reason,
      String computedStatus,
      String computedReason) {
    return new ReportIndicator(
        i.code(),
        i.name(),
        i.definition(),
        i.contextual(),
        i.departmentId(),
        i.department(),
        i.aimId(),
        i.aim(),
        i.committeeId(),
        i.committee(),
        i.owner(),
        i.unit(),
        i.decimals(),
        i.polarity(),
        i.aggregation(),
        i.figure(),
        i.figureValue(),
        i.period(),
        i.target(),
        i.targetValue(),
        status,
        label,
        reason,
        computedStatus,
        computedReason,
        i.lastMonthStatus(),
        i.againstPrevious(),
        i.againstPreviousReason(),
        i.againstLastYear(),
        i.againstLastYearReason(),
        i.headline(),
        i.forecast(),
        i.forecastValue(),
        i.forecastReason(),
        i.variation(),
        i.variationLabel(),
        i.assurance(),
        i.assuranceLabel(),
        i.spcReading(),
        i.history(),
        i.commentary(),
        i.explanation(),
        i.recoveryAction(),
        i.chart());
  }

  /** The indicator with how its XmR chart is drawn. */
  public static ReportIndicator withChart(ReportIndicator i, ReportChart chart) {
    return copy(i, i.history(), i.commentary(), i.explanation(), i.recoveryAction(), chart);
  }

  private static ReportIndicator copy(
      ReportIndicator i,
      List<ReportIndicator.HistoryPoint> history,
      String commentary,
      String explanation,
      String recoveryAction) {
    return copy(i, history, commentary, explanation, recoveryAction, i.chart());
  }

  private static ReportIndicator copy(
      ReportIndicator i,
      List<ReportIndicator.HistoryPoint> history,
      String commentary,
      String explanation,
      String recoveryAction,
      ReportChart chart) {
    return new ReportIndicator(
        i.code(),
        i.name(),
        i.definition(),
        i.contextual(),
        i.departmentId(),
        i.department(),
        i.aimId(),
        i.aim(),
        i.committeeId(),
        i.committee(),
        i.owner(),
        i.unit(),
        i.decimals(),
        i.polarity(),
        i.aggregation(),
        i.figure(),
        i.figureValue(),
        i.period(),
        i.target(),
        i.targetValue(),
        i.status(),
        i.statusLabel(),
        i.statusReason(),
        i.computedStatus(),
        i.computedStatusReason(),
        i.lastMonthStatus(),
        i.againstPrevious(),
        i.againstPreviousReason(),
        i.againstLastYear(),
        i.againstLastYearReason(),
        i.headline(),
        i.forecast(),
        i.forecastValue(),
        i.forecastReason(),
        i.variation(),
        i.variationLabel(),
        i.assurance(),
        i.assuranceLabel(),
        i.spcReading(),
        history,
        commentary,
        explanation,
        recoveryAction,
        chart);
  }

  private static List<ReportIndicator.HistoryPoint> history(
      int months, String latest, int decimals, String suffix) {
    List<ReportIndicator.HistoryPoint> points = new ArrayList<>();
    BigDecimal last = new BigDecimal(latest);
    for (int i = months - 1; i >= 0; i--) {
      YearMonth month = NOVEMBER_2016.minusMonths(i);
      BigDecimal value =
          last.subtract(BigDecimal.valueOf((i * 7L) % 11))
              .setScale(decimals, java.math.RoundingMode.UNNECESSARY);
      points.add(
          new ReportIndicator.HistoryPoint(
              month
                      .getMonth()
                      .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                  + " "
                  + month.getYear(),
              month,
              value,
              value.toPlainString() + suffix));
    }
    return points;
  }

  private static ReportIndicator indicator(
      String code,
      String name,
      ReportUnit department,
      ReportUnit aim,
      ReportUnit committee,
      String unit,
      int decimals,
      String figure,
      BigDecimal figureValue,
      String target,
      BigDecimal targetValue,
      String status,
      String lastMonthStatus,
      boolean contextual,
      List<ReportIndicator.HistoryPoint> history) {
    boolean red = "RED".equals(status);
    return new ReportIndicator(
        code,
        name,
        "How " + name.toLowerCase(java.util.Locale.UK) + " is counted",
        contextual,
        department.id(),
        department.name(),
        aim.id(),
        aim.name(),
        committee.id(),
        committee.name(),
        "Pat Owner",
        unit,
        decimals,
        "Aim to maximise",
        "Snapshot",
        figure,
        figureValue,
        figureValue == null ? "No figure yet" : "Nov 2016",
        contextual ? "None" : target,
        contextual ? null : targetValue,
        contextual ? "NONE" : status,
        contextual ? "No status" : StatusTags.label(status),
        contextual
            ? "No status: a contextual indicator is monitored for its trend only"
            : StatusTags.label(status)
                + ": "
                + figure
                + " against the November target of "
                + target,
        null,
        null,
        contextual ? "NONE" : lastMonthStatus,
        "Improving",
        "Improving: " + figure + " is better than Oct 2016",
        "Worsening",
        "Worsening: " + figure + " is worse than Nov 2015",
        "previous period",
        figureValue == null ? "–" : figure,
        figureValue,
        "Projected from the year so far",
        history.isEmpty() ? "" : "common_cause",
        history.isEmpty() ? "" : "Common cause variation",
        history.isEmpty() || contextual ? "" : "inconsistent",
        history.isEmpty() || contextual ? "" : "Hit and miss target subject to random variation",
        history.isEmpty() ? "" : "Common cause variation only.",
        history,
        red ? "Demand rose after the new contract" : "",
        red ? "A new contractor started in October and rounds were missed." : "",
        red ? "Rounds re-planned; weekly checks by the service manager until March." : "",
        null);
  }
}
