package org.barometer.app.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.barometer.core.period.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders and chases sent, or being sent, in PostgreSQL. */
@Repository
class SentNotices {

  /** The advisory lock of a run; 7300 to 7302 guard the first start and the organisation. */
  private static final long RUN_LOCK = 7303;

  private final JdbcClient jdbc;

  SentNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes the lock of a run until the end of the transaction, unless another node holds it.
   *
   * @return whether this node has it
   */
  boolean tryLockRun() {
    return jdbc.sql("select pg_try_advisory_xact_lock(?)")
        .param(RUN_LOCK)
        .query(Boolean.class)
        .single();
  }

  /** The notices about a figure already sent, or being sent, to the person. */
  Set<NoticeKind> kindsSent(long indicatorId, Period period, long userId) {
    Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
    jdbc.sql(
            "select kind from sent_notice where indicator_id = ? and period_start = ?"
                + " and user_id = ?")
        .params(indicatorId, start(period), userId)
        .query(String.class)
        .list()
        .forEach(kind -> kinds.add(NoticeKind.valueOf(kind)));
    return kinds;
  }

  /**
   * Claims a notice for sending, unless it was claimed before, by this node or another.
   *
   * @return the claim's id, or empty when the notice is already claimed
   */
  Optional<Long> claim(Notice notice, Instant at) {
    return jdbc.sql(
            """
            insert into sent_notice (indicator_id, period_start, frequency, kind, user_id, email,
              due_on, claimed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (indicator_id, period_start, kind, user_id) do nothing
            returning id
            """)
        .params(
            notice.indicator().indicatorId(),
            start(notice.period()),
            notice.period().frequency().name(),
            notice.kind().name(),
            notice.to().id(),
            notice.to().email(),
            Date.valueOf(notice.due()),
            Timestamp.from(at))
        .query(Long.class)
        .optional();
  }

  /** Records that the mail server took the notice's mail. */
  void confirm(long id, Instant at) {
    jdbc.sql("update sent_notice set sent_at = ? where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  /** Gives up a claim whose mail could not be sent, so that the next run tries again. */
  void release(long id) {
    jdbc.sql("delete from sent_notice where id = ? and sent_at is null").param(id).update();
  }

  /** When the figure's owner was last sent a notice of the kind about it, if ever. */
  Optional<Instant> lastSent(long indicatorId, Period period, NoticeKind kind) {
    return jdbc.sql(
            "select max(sent_at) from sent_notice where indicator_id = ? and period_start = ?"
                + " and kind = ?")
        .params(indicatorId, start(period), kind.name())
        .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .single();
  }

  private static Date start(Period period) {
    return Date.valueOf(period.firstMonth().atDay(1));
  }
}
