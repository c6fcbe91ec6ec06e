package org.barometer.app.audit;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Adds events to the audit trail and reads them back. */
@Component
public class AuditTrail {

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
    return jdbc.sql(
            """
            select occurred_at, actor, action, subject_type, subject_id,
                   old_value::text, new_value::text, reason
            from audit_event where subject_type = ? and subject_id = ? order by id
            """)
        .params(subjectType, subjectId)
        .query(
            (rs, n) ->
                new AuditEvent(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)))
        .list();
  }
}
