package org.barometer.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Adds events to the audit trail and reads them back. */
@Component
public class AuditTrail {

  private static final String SELECT =
      "select occurred_at, actor, action, subject_type, subject_id, old_value::text,"
          + " new_value::text, reason from audit_event";

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records an event inside the caller's transaction: the change and its record stand or fall
   * together.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditEvent event) {
    jdbc.sql(
            """
            insert into audit_event
              (occurred_at, actor, action, subject_type, subject_id, old_value, new_value, reason)
            values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
            """)
        .params(
            Timestamp.from(event.at()),
            event.actor(),
            event.action(),
            event.subjectType(),
            event.subjectId(),
            event.oldValue(),
            event.newValue(),
            event.reason())
        .update();
  }

  /** The events about one subject, oldest first. */
  public List<AuditEvent> about(String subjectType, String subjectId) {
    return jdbc.sql(SELECT + " where subject_type = ? and subject_id = ? order by id")
        .params(subjectType, subjectId)
        .query(AuditTrail::map)
        .list();
  }

  /** The events that match, newest first: {@code limit} of them, after the first {@code skip}. */
  public List<AuditEvent> search(AuditQuery query, int skip, int limit) {
    Where where = Where.of(query);
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    params.add(skip);
    return jdbc.sql(SELECT + where.sql() + " order by occurred_at desc, id desc limit ? offset ?")
        .params(params)
        .query(AuditTrail::map)
        .list();
  }

  /** How many events match. */
  public long count(AuditQuery query) {
    Where where = Where.of(query);
    return jdbc.sql("select count(*) from audit_event" + where.sql())
        .params(where.params())
        .query(Long.class)
        .single();
  }

  /** Everyone who has made a change, by name. */
  public List<String> actors() {
    return jdbc.sql("select distinct actor from audit_event order by actor")
        .query(String.class)
        .list();
  }

  private static AuditEvent map(ResultSet rs, int row) throws SQLException {
    return new AuditEvent(
        rs.getTimestamp(1).toInstant(),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8));
  }

  /** The conditions of a query, with their parameters in order. */
  private record Where(String sql, List<Object> params) {

    static Where of(AuditQuery query) {
      List<String> conditions = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      query.actor().ifPresent(actor -> add(conditions, params, "actor = ?", actor));
      query
          .indicator()
          .ifPresent(
              code ->
                  add(conditions, params, "subject_type = 'indicator' and subject_id = ?", code));
      query
          .from()
          .ifPresent(from -> add(conditions, params, "occurred_at >= ?", Timestamp.from(from)));
      query
          .before()
          .ifPresent(before -> add(conditions, params, "occurred_at < ?", Timestamp.from(before)));
      String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
      return new Where(sql, params);
    }

    private static void add(
        List<String> conditions, List<Object> params, String condition, Object value) {
      conditions.add(condition);
      params.add(value);
    }
  }
}
