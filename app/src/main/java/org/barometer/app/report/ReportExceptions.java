package org.barometer.app.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exceptions as stored: only ever added, the latest for an indicator and month in force. */
@Repository
public class ReportExceptions {

  private final JdbcClient jdbc;

  ReportExceptions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The exception in force for each indicator with one for the month, by indicator id. */
  public Map<Long, ExceptionNote> inForce(YearMonth month) {
    Map<Long, ExceptionNote> notes = new HashMap<>();
    jdbc.sql(
            "select distinct on (indicator_id) * from report_exception where month = ?"
                + " order by indicator_id, id desc")
        .param(Date.valueOf(month.atDay(1)))
        .query(ReportExceptions::map)
        .list()
        .forEach(n -> notes.put(n.indicatorId(), n));
    return notes;
  }

  /** Every version of an indicator's exception for the month, newest first. */
  public List<ExceptionNote> history(long indicatorId, YearMonth month) {
    return jdbc.sql(
            "select * from report_exception where indicator_id = ? and month = ? order by id desc")
        .params(indicatorId, Date.valueOf(month.atDay(1)))
        .query(ReportExceptions::map)
        .list();
  }

  void add(ExceptionNote note) {
    jdbc.sql(
            """
            insert into report_exception
              (indicator_id, month, explanation, recovery_action, written_by, written_at)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            note.indicatorId(),
            Date.valueOf(note.month().atDay(1)),
            note.explanation(),
            note.recoveryAction(),
            note.writtenBy(),
            Timestamp.from(note.writtenAt()))
        .update();
  }

  private static ExceptionNote map(ResultSet rs, int row) throws SQLException {
    return new ExceptionNote(
        rs.getLong("indicator_id"),
        YearMonth.from(rs.getDate("month").toLocalDate()),
        rs.getString("explanation"),
        rs.getString("recovery_action"),
        rs.getString("written_by"),
        rs.getTimestamp("written_at").toInstant());
  }
}
