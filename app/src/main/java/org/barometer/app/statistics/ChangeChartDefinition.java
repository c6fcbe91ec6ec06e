package org.barometer.app.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.security.Access;
import org.barometer.core.period.MonthRange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team recalculates an indicator's limits from a month, removes a recalculation, or
 * sets or removes its baseline, each with a reason. Every change is a new version of the chart
 * definition and an entry in the audit trail.
 */
@Service
public class ChangeChartDefinition {

  private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

  private final ChartDefinitions definitions;
  private final IndicatorCharts charts;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ChangeChartDefinition(
      ChartDefinitions definitions,
      IndicatorCharts charts,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.definitions = definitions;
    this.charts = charts;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Recalculates the limits from a month ({@code 2017-04}); returns what is wrong, by field. */
  @Transactional
  public Map<String, String> recalculateFrom(
      IndicatorVersion indicator, String month, String reason, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    check(by, reason, "reason", errors);
    YearMonth starts = month(month, errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    definitions.lock(indicator.indicatorId());
    ChartDefinition before = definitions.current(indicator.indicatorId());
    List<YearMonth> periods = charts.periods(indicator);
    int index = periods.indexOf(starts);
    if (index < 0) {
      errors.put("month", "Choose a month the chart has a figure for");
    } else if (index == 0) {
      errors.put(
          "month", "The chart starts at " + label(starts) + " already: choose a later month");
    } else if (before.recalculations().stream().anyMatch(r -> r.starts().equals(starts))) {
      errors.put("month", "The limits are recalculated from " + label(starts) + " already");
    } else if (before.baselinePoints() != null && index < before.baselinePoints()) {
      errors.put(
          "month",
          "The baseline takes the first "
              + before.baselinePoints()
              + " points: recalculate after it, or remove the baseline first");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    List<ChartDefinition.Recalculation> recalculations = new ArrayList<>(before.recalculations());
    recalculations.add(new ChartDefinition.Recalculation(starts, reason.strip()));
    store(indicator, before, recalculations, reason, by);
    return Map.of();
  }

  /** Removes the recalculation from a month; returns what is wrong, by field. */
  @Transactional
  public Map<String, String> removeRecalculation(
      IndicatorVersion indicator, String month, String reason, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    check(by, reason, "removeReason", errors);
    YearMonth starts = month(month, errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    definitions.lock(indicator.indicatorId());
    ChartDefinition before = definitions.current(indicator.indicatorId());
    List<ChartDefinition.Recalculation> recalculations =
        before.recalculations().stream().filter(r -> !r.starts().equals(starts)).toList();
    if (recalculations.size() == before.recalculations().size()) {
      return Map.of("month", "The limits are not recalculated from " + label(starts));
    }
    store(indicator, before, recalculations, reason, by);
    return Map.of();
  }

  /**
   * Sets the baseline to the first {@code points} points, or removes it when blank; returns what is
   * wrong, by field.
   */
  @Transactional
  public Map<String, String> setBaseline(
      IndicatorVersion indicator, String points, String reason, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    check(by, reason, "baselineReason", errors);
    String typed = points == null ? "" : points.strip();
    Integer wanted = null;
    if (!typed.isEmpty()) {
      if (!WHOLE.matcher(typed).matches() || Integer.parseInt(typed) < 2) {
        errors.put(
            "baselinePoints", "The baseline must be a whole number of points, 2 or more, like 12");
      } else {
        wanted = Integer.parseInt(typed);
      }
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    definitions.lock(indicator.indicatorId());
    ChartDefinition before = definitions.current(indicator.indicatorId());
    if (java.util.Objects.equals(wanted, before.baselinePoints())) {
      return Map.of(
          "baselinePoints",
          wanted == null ? "The chart has no baseline to remove" : "That is the baseline already");
    }
    if (wanted != null) {
      Integer minimum = charts.settings().minimumPoints();
      List<YearMonth> periods = charts.periods(indicator);
      int firstPeriod =
          before.recalculations().isEmpty()
              ? periods.size()
              : Math.max(0, periods.indexOf(before.recalculations().get(0).starts()));
      if (minimum != null && wanted < minimum) {
        errors.put(
            "baselinePoints",
            "The limits need at least "
                + minimum
                + " points under the organisation's SPC settings: a baseline of "
                + wanted
                + " would never show them");
      } else if (wanted > firstPeriod) {
        errors.put(
            "baselinePoints",
            "The chart has "
                + firstPeriod
                + " points before its first recalculation: the baseline cannot take "
                + wanted);
      }
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    store(
        indicator,
        before,
        wanted,
        wanted == null ? null : reason.strip(),
        before.recalculations(),
        reason,
        by);
    return Map.of();
  }

  private void check(String by, String reason, String field, Map<String, String> errors) {
    if (!access.mayApprove(by)) {
      throw new AccessDeniedException(by + " may not change how charts are drawn");
    }
    if (reason == null || reason.isBlank()) {
      errors.put(field, "Say why: the chart and the audit trail show it");
    } else if (reason.strip().length() > 1000) {
      errors.put(field, "The reason must be 1000 characters or fewer");
    }
  }

  private static YearMonth month(String month, Map<String, String> errors) {
    Optional<YearMonth> read = MonthRange.parse(month);
    if (read.isEmpty()) {
      errors.put("month", "Choose " + MonthRange.WRITTEN);
      return null;
    }
    return read.get();
  }

  /** A new version with other recalculations and the same baseline. */
  private void store(
      IndicatorVersion indicator,
      ChartDefinition before,
      List<ChartDefinition.Recalculation> recalculations,
      String reason,
      String by) {
    store(
        indicator,
        before,
        before.baselinePoints(),
        before.baselineReason(),
        recalculations,
        reason,
        by);
  }

  private void store(
      IndicatorVersion indicator,
      ChartDefinition before,
      Integer baselinePoints,
      String baselineReason,
      List<ChartDefinition.Recalculation> recalculations,
      String reason,
      String by) {
    Instant now = clock.instant();
    ChartDefinition after =
        new ChartDefinition(
            before.version() + 1,
            baselinePoints,
            baselineReason,
            recalculations,
            by,
            now,
            reason.strip());
    definitions.add(indicator.indicatorId(), after);
    audit.record(
        new AuditEvent(
            now,
            by,
            "chart.changed",
            "indicator",
            indicator.definition().code(),
            before.version() == 0 ? null : words(before),
            words(after),
            reason.strip()));
  }

  private static String words(ChartDefinition definition) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(
        "baselinePoints",
        definition.baselinePoints() == null ? "" : definition.baselinePoints().toString());
    fields.put(
        "recalculateFrom",
        definition.recalculations().stream()
            .map(r -> r.starts().toString())
            .collect(Collectors.joining(", ")));
    return AuditJson.of(fields);
  }

  static String label(YearMonth month) {
    return month.format(
        java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK));
  }
}
