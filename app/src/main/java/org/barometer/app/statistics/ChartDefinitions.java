package org.barometer.app.statistics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every indicator's chart definitions, each version kept. */
@Repository
public class ChartDefinitions {

  private final JdbcClient jdbc;

  ChartDefinitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The definition in force for an indicator. */
  public ChartDefinition current(long indicatorId) {
    List<ChartDefinition> history = history(indicatorId);
    return history.isEmpty() ? ChartDefinition.none() : history.get(0);
  }

  /** Every version, latest first. */
  public List<ChartDefinition> history(long indicatorId) {
    Map<Integer, List<ChartDefinition.Recalculation>> recalculations = new LinkedHashMap<>();
    jdbc.sql(
            "select version, starts, reason from chart_recalculation where indicator_id = ?"
                + " order by version, starts")
        .param(indicatorId)
        .query(
            rs -> {
              recalculations
                  .computeIfAbsent(rs.getInt("version"), v -> new ArrayList<>())
                  .add(
                      new ChartDefinition.Recalculation(
                          YearMonth.from(rs.getDate("starts").toLocalDate()),
                          rs.getString("reason")));
            });
    return jdbc.sql(
            "select version, baseline_points, baseline_reason, changed_by, changed_at, reason"
                + " from chart_definition where indicator_id = ? order by version desc")
        .param(indicatorId)
        .query(
            (rs, row) ->
                new ChartDefinition(
                    rs.getInt("version"),
                    (Integer) rs.getObject("baseline_points"),
                    rs.getString("baseline_reason"),
                    recalculations.getOrDefault(rs.getInt("version"), List.of()),
                    rs.getString("changed_by"),
                    rs.getTimestamp("changed_at").toInstant(),
                    rs.getString("reason")))
        .list();
  }

  /** Stores a new version; the caller holds the indicator's lock. */
  void add(long indicatorId, ChartDefinition definition) {
    jdbc.sql(
            "insert into chart_definition (indicator_id, version, baseline_points,"
                + " baseline_reason, changed_by, changed_at, reason) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            indicatorId,
            definition.version(),
            definition.baselinePoints(),
            definition.baselineReason(),
            definition.changedBy(),
            Timestamp.from(definition.changedAt()),
            definition.reason())
        .update();
    for (ChartDefinition.Recalculation recalculation : definition.recalculations()) {
      jdbc.sql(
              "insert into chart_recalculation (indicator_id, version, starts, reason)"
                  + " values (?, ?, ?, ?)")
          .params(
              indicatorId,
              definition.version(),
              Date.valueOf(recalculation.starts().atDay(1)),
              recalculation.reason())
          .update();
    }
  }

  /** Makes changes to one indicator's chart wait for each other until the transaction ends. */
  void lock(long indicatorId) {
    jdbc.sql("select pg_advisory_xact_lock(7304, cast(? as int))")
        .param(indicatorId)
        .query((rs, row) -> true)
        .list();
  }
}
