package org.barometer.app.action;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.action.Progress;
import org.barometer.core.action.ProgressStatus;
import org.barometer.core.action.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The corporate priority actions, their milestones and their monthly progress, in PostgreSQL. */
@Repository
public class Actions {

  private static final String IN_PLAN_ORDER = " order by length(code), code";

  private final JdbcClient jdbc;

  Actions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds an action with its leads, milestones and related indicators; returns its id. */
  public long add(ActionDefinition a) {
    long id =
        jdbc.sql(
                """
                insert into action (code, title, text_as_printed, aim_id, lead_officer,
                  owner_user_id, committee_id, own_due, own_due_as_printed, revised_due,
                  revised_due_reason, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
            .params(
                a.code(),
                a.title(),
                a.text(),
                a.aimId().orElse(null),
                a.leadOfficer(),
                a.ownerUserId().orElse(null),
                a.committeeId().orElse(null),
                a.ownDue().map(Date::valueOf).orElse(null),
                a.ownDueAsPrinted(),
                a.revisedDue().map(r -> Date.valueOf(r.date())).orElse(null),
                a.revisedDue().map(Revision::reason).orElse(""),
                a.note())
            .query(Long.class)
            .single();
    int position = 1;
    for (Lead lead : a.leads()) {
      jdbc.sql(
              "insert into action_lead (action_id, position, department_id, service_id,"
                  + " printed_label) values (?, ?, ?, ?, ?)")
          .params(
              id,
              position++,
              lead.departmentId(),
              lead.serviceId().orElse(null),
              lead.printedLabel())
          .update();
    }
    for (ActionMilestone m : a.milestones()) {
      addMilestone(id, m);
    }
    for (long indicatorId : a.indicatorIds()) {
      jdbc.sql("insert into action_indicator (action_id, indicator_id) values (?, ?)")
          .params(id, indicatorId)
          .update();
    }
    for (long priorityId : a.priorityIds()) {
      jdbc.sql("insert into action_priority (action_id, priority_id) values (?, ?)")
          .params(id, priorityId)
          .update();
    }
    return id;
  }

  private void addMilestone(long actionId, ActionMilestone m) {
    jdbc.sql(
            """
            insert into action_milestone (action_id, position, title, original_due,
              original_due_as_printed, correction_note, revised_due, revised_reason,
              completed_on, note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            actionId,
            m.position(),
            m.title(),
            Date.valueOf(m.originalDue()),
            m.asPrinted(),
            m.correction(),
            m.revised().map(r -> Date.valueOf(r.date())).orElse(null),
            m.revised().map(Revision::reason).orElse(""),
            m.completedOn().map(Date::valueOf).orElse(null),
            m.note())
        .update();
  }

  /** Every action in the plan, in number order. */
  public List<StoredAction> all() {
    return assemble(
        jdbc.sql("select * from action where retired_at is null" + IN_PLAN_ORDER)
            .query(Row::of)
            .list());
  }

  public Optional<StoredAction> byCode(String code) {
    return assemble(
            jdbc.sql("select * from action where code = ? and retired_at is null")
                .param(code)
                .query(Row::of)
                .list())
        .stream()
        .findFirst();
  }

  private List<StoredAction> assemble(List<Row> rows) {
    Map<Long, List<Lead>> leads = new HashMap<>();
    jdbc.sql("select * from action_lead order by action_id, position")
        .query(
            (rs, n) ->
                leads
                    .computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                    .add(
                        new Lead(
                            rs.getLong("department_id"),
                            Optional.ofNullable(rs.getObject("service_id", Long.class)),
                            rs.getString("printed_label"))))
        .list();
    Map<Long, List<ActionMilestone>> milestones = new HashMap<>();
    jdbc.sql("select * from action_milestone order by action_id, position")
        .query(
            (rs, n) ->
                milestones
                    .computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                    .add(milestone(rs)))
        .list();
    Map<Long, List<Long>> indicators = new HashMap<>();
    jdbc.sql("select * from action_indicator order by action_id, indicator_id")
        .query(
            (rs, n) ->
                indicators
                    .computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                    .add(rs.getLong("indicator_id")))
        .list();
    Map<Long, List<Long>> priorities = new HashMap<>();
    jdbc.sql(
            "select ap.action_id, ap.priority_id from action_priority ap"
                + " join priority p on p.id = ap.priority_id order by ap.action_id, p.position")
        .query(
            (rs, n) ->
                priorities
                    .computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                    .add(rs.getLong("priority_id")))
        .list();
    return rows.stream()
        .map(
            row ->
                row.action(
                    leads.getOrDefault(row.id, List.of()),
                    milestones.getOrDefault(row.id, List.of()),
                    indicators.getOrDefault(row.id, List.of()),
                    priorities.getOrDefault(row.id, List.of())))
        .toList();
  }

  private static ActionMilestone milestone(ResultSet rs) throws SQLException {
    return new ActionMilestone(
        rs.getInt("position"),
        rs.getString("title"),
        rs.getDate("original_due").toLocalDate(),
        rs.getString("original_due_as_printed"),
        rs.getString("correction_note"),
        revision(rs.getDate("revised_due"), rs.getString("revised_reason")),
        date(rs.getDate("completed_on")),
        rs.getString("note"));
  }

  /** An action's row, before its leads and milestones join it. */
  private record Row(
      long id,
      String code,
      String title,
      String text,
      Optional<Long> aimId,
      String leadOfficer,
      Optional<Long> ownerUserId,
      Optional<Long> committeeId,
      Optional<LocalDate> ownDue,
      String ownDueAsPrinted,
      Optional<Revision> revisedDue,
      String note,
      int version) {

    static Row of(ResultSet rs, int n) throws SQLException {
      return new Row(
          rs.getLong("id"),
          rs.getString("code"),
          rs.getString("title"),
          rs.getString("text_as_printed"),
          Optional.ofNullable(rs.getObject("aim_id", Long.class)),
          rs.getString("lead_officer"),
          Optional.ofNullable(rs.getObject("owner_user_id", Long.class)),
          Optional.ofNullable(rs.getObject("committee_id", Long.class)),
          date(rs.getDate("own_due")),
          rs.getString("own_due_as_printed"),
          revision(rs.getDate("revised_due"), rs.getString("revised_due_reason")),
          rs.getString("note"),
          rs.getInt("version"));
    }

    StoredAction action(
        List<Lead> leads,
        List<ActionMilestone> milestones,
        List<Long> indicators,
        List<Long> priorities) {
      return new StoredAction(
          id,
          new ActionDefinition(
              code,
              title,
              text,
              aimId,
              leads,
              leadOfficer,
              ownerUserId,
              committeeId,
              ownDue,
              ownDueAsPrinted,
              revisedDue,
              note,
              milestones,
              indicators,
              priorities),
          false,
          version);
    }
  }

  /**
   * Names the action's owner and lead officer, if nobody changed the action since {@code version}.
   *
   * @return whether it was changed
   */
  public boolean changeOwner(long id, int version, Optional<Long> owner, String leadOfficer) {
    return jdbc.sql(
                "update action set owner_user_id = ?, lead_officer = ?, version = version + 1"
                    + " where id = ? and version = ?")
            .params(owner.orElse(null), leadOfficer, id, version)
            .update()
        == 1;
  }

  /**
   * Revises the action's own due date, keeping the original, if nobody changed the action since
   * {@code version}.
   *
   * @return whether it was changed
   */
  public boolean reviseDue(long id, int version, Revision revision) {
    return jdbc.sql(
                "update action set revised_due = ?, revised_due_reason = ?, version = version + 1"
                    + " where id = ? and version = ? and own_due is not null")
            .params(Date.valueOf(revision.date()), revision.reason(), id, version)
            .update()
        == 1;
  }

  /**
   * Revises a milestone's due date, keeping the original, if nobody changed the action since {@code
   * version}.
   *
   * @return whether it was changed
   */
  public boolean reviseMilestone(long id, int version, int position, Revision revision) {
    return claim(id, version)
        && jdbc.sql(
                    "update action_milestone set revised_due = ?, revised_reason = ?"
                        + " where action_id = ? and position = ?")
                .params(Date.valueOf(revision.date()), revision.reason(), id, position)
                .update()
            == 1;
  }

  /**
   * Records the day a milestone was completed, if nobody changed the action since {@code version}.
   *
   * @return whether it was changed
   */
  public boolean completeMilestone(long id, int version, int position, LocalDate on) {
    return claim(id, version)
        && jdbc.sql(
                    "update action_milestone set completed_on = ? where action_id = ? and"
                        + " position = ?")
                .params(Date.valueOf(on), id, position)
                .update()
            == 1;
  }

  /**
   * Sets the corporate priorities the action serves, its scrutiny committee and its related
   * indicators, if nobody changed the action since {@code version}.
   *
   * @return whether it was changed
   */
  public boolean changePlacement(
      long id,
      int version,
      List<Long> priorityIds,
      Optional<Long> committeeId,
      List<Long> indicatorIds) {
    boolean claimed =
        jdbc.sql(
                    "update action set committee_id = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(committeeId.orElse(null), id, version)
                .update()
            == 1;
    if (!claimed) {
      return false;
    }
    jdbc.sql("delete from action_priority where action_id = ?").param(id).update();
    for (long priorityId : priorityIds) {
      jdbc.sql("insert into action_priority (action_id, priority_id) values (?, ?)")
          .params(id, priorityId)
          .update();
    }
    jdbc.sql("delete from action_indicator where action_id = ?").param(id).update();
    for (long indicatorId : indicatorIds) {
      jdbc.sql("insert into action_indicator (action_id, indicator_id) values (?, ?)")
          .params(id, indicatorId)
          .update();
    }
    return true;
  }

  /** Moves the action to its next version, if it is still at {@code version}. */
  private boolean claim(long id, int version) {
    return jdbc.sql("update action set version = version + 1 where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  /** Every month's progress on an action, oldest first. */
  public List<StoredProgress> progressOf(long actionId) {
    return jdbc.sql("select * from action_progress where action_id = ? order by month")
        .param(actionId)
        .query(Actions::progress)
        .list();
  }

  /** Each action's latest approved progress, by action id: what its status is judged on. */
  public Map<Long, StoredProgress> latestApproved() {
    return latestApprovedUpTo(YearMonth.of(9999, 12));
  }

  /** Each action's latest approved progress for a month up to the one given. */
  public Map<Long, StoredProgress> latestApprovedUpTo(YearMonth month) {
    Map<Long, StoredProgress> latest = new HashMap<>();
    jdbc.sql(
            "select distinct on (action_id) * from action_progress where state = 'APPROVED'"
                + " and month <= ? order by action_id, month desc")
        .param(Date.valueOf(month.atDay(1)))
        .query(Actions::progress)
        .list()
        .forEach(p -> latest.put(p.actionId(), p));
    return latest;
  }

  public Optional<StoredProgress> progressAt(long actionId, YearMonth month) {
    return jdbc.sql("select * from action_progress where action_id = ? and month = ?")
        .params(actionId, Date.valueOf(month.atDay(1)))
        .query(Actions::progress)
        .optional();
  }

  /**
   * Adds the month's progress unless someone added it first: then nothing is stored and the answer
   * is empty, without disturbing the caller's transaction.
   */
  public Optional<Long> addProgressIfAbsent(
      long actionId, Progress p, ProgressState state, String by, Instant at) {
    Timestamp when = Timestamp.from(at);
    return jdbc.sql(
            """
            insert into action_progress (action_id, month, status, percent_complete, commentary,
              reason, completed_on, state, entered_by, entered_at, submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (action_id, month) do nothing returning id
            """)
        .params(
            actionId,
            Date.valueOf(p.month().atDay(1)),
            p.status().name(),
            p.percentComplete().orElse(null),
            p.commentary(),
            p.reason(),
            p.completedOn().map(Date::valueOf).orElse(null),
            state.name(),
            by,
            when,
            state == ProgressState.SUBMITTED ? when : null)
        .query(Long.class)
        .optional();
  }

  /**
   * Changes a month's progress, if nobody changed it since {@code expectedVersion}; it leaves any
   * earlier decision behind.
   *
   * @return whether it was changed
   */
  public boolean changeProgress(
      long id, int expectedVersion, Progress p, ProgressState state, String by, Instant at) {
    return jdbc.sql(
                """
                update action_progress set status = ?, percent_complete = ?, commentary = ?,
                  reason = ?, completed_on = ?, state = ?, entered_by = ?, entered_at = ?,
                  submitted_at = case when ? = 'SUBMITTED' then ? else submitted_at end,
                  decided_by = null, decided_at = null, returned_reason = '',
                  version = version + 1
                where id = ? and version = ?
                """)
            .params(
                p.status().name(),
                p.percentComplete().orElse(null),
                p.commentary(),
                p.reason(),
                p.completedOn().map(Date::valueOf).orElse(null),
                state.name(),
                by,
                Timestamp.from(at),
                state.name(),
                Timestamp.from(at),
                id,
                expectedVersion)
            .update()
        == 1;
  }

  /**
   * Approves or returns submitted progress, if nobody changed it since {@code expectedVersion}.
   *
   * @return whether it was decided
   */
  public boolean decideProgress(
      long id, int expectedVersion, ProgressState decision, String reason, String by, Instant at) {
    return jdbc.sql(
                """
                update action_progress set state = ?, returned_reason = ?, decided_by = ?,
                  decided_at = ?, version = version + 1
                where id = ? and version = ? and state = 'SUBMITTED'
                """)
            .params(decision.name(), reason, by, Timestamp.from(at), id, expectedVersion)
            .update()
        == 1;
  }

  private static StoredProgress progress(ResultSet rs, int n) throws SQLException {
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    return new StoredProgress(
        rs.getLong("id"),
        rs.getLong("action_id"),
        new Progress(
            YearMonth.from(rs.getDate("month").toLocalDate()),
            ProgressStatus.valueOf(rs.getString("status")),
            Optional.ofNullable(rs.getObject("percent_complete", Integer.class)),
            rs.getString("commentary"),
            rs.getString("reason"),
            date(rs.getDate("completed_on"))),
        ProgressState.valueOf(rs.getString("state")),
        rs.getString("entered_by"),
        rs.getTimestamp("entered_at").toInstant(),
        Optional.ofNullable(rs.getString("decided_by")),
        Optional.ofNullable(decidedAt).map(Timestamp::toInstant),
        rs.getString("returned_reason"),
        rs.getInt("version"));
  }

  private static Optional<LocalDate> date(Date date) {
    return Optional.ofNullable(date).map(Date::toLocalDate);
  }

  private static Optional<Revision> revision(Date date, String reason) {
    return Optional.ofNullable(date).map(d -> new Revision(d.toLocalDate(), reason));
  }
}
