package org.barometer.app.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.barometer.core.period.Period;
import org.barometer.core.status.Rag;
import org.barometer.core.status.StatusOverride;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Overridden statuses in PostgreSQL; rows are only added, the latest per period is in force. */
@Repository
public class StatusOverrides {

  private final JdbcClient jdbc;

  StatusOverrides(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Sets, or with an empty colour withdraws, the override for a period. */
  public void set(
      long indicatorId, Period period, Optional<Rag> colour, String reason, String by, Instant at) {
    jdbc.sql(
            "insert into status_override (indicator_id, period_start, colour, reason, set_by, set_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            indicatorId,
            Date.valueOf(period.firstMonth().atDay(1)),
            colour.map(Rag::name).orElse(null),
            reason,
            by,
            Timestamp.from(at))
        .update();
  }

  /** The override in force for a period, if any. */
  public Optional<StatusOverride> inForce(long indicatorId, Period period) {
    return jdbc.sql(
            "select colour, reason, set_by, set_at from status_override"
                + " where indicator_id = ? and period_start = ? order by id desc limit 1")
        .params(indicatorId, Date.valueOf(period.firstMonth().atDay(1)))
        .query(
            (rs, n) ->
                rs.getString("colour") == null
                    ? Optional.<StatusOverride>empty()
                    : Optional.of(
                        new StatusOverride(
                            Rag.valueOf(rs.getString("colour")),
                            rs.getString("reason"),
                            rs.getString("set_by"),
                            rs.getTimestamp("set_at").toInstant())))
        .optional()
        .flatMap(o -> o);
  }
}
