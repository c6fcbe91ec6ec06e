package org.barometer.app.target;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetDecision;
import org.barometer.core.target.TargetHistory;
import org.barometer.core.target.TargetVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every target version of every indicator, in PostgreSQL. Versions are only ever added. */
@Repository
public class Targets {

  private final JdbcClient jdbc;

  Targets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a target version; the earlier ones stay. Returns its id. */
  public long add(long indicatorId, TargetVersion version, String asPrinted, String note) {
    TargetVersion v = version;
    Row row = Row.of(v.target());
    String storedNote =
        note.isBlank() && v.target() instanceof Target.ToBeConfirmed tbc ? tbc.note() : note;
    return jdbc.sql(
            """
            insert into target_version (indicator_id, financial_year, kind, value, low, high,
              start_value, per_month, profile, note, as_printed, applies_from, proposed_by,
              agreed_by, decided_on, reference, change_reason, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            indicatorId,
            v.year().startYear(),
            row.kind,
            row.value,
            row.low,
            row.high,
            row.start,
            row.perMonth,
            row.profile,
            storedNote,
            asPrinted,
            Date.valueOf(v.appliesFrom().atDay(1)),
            v.decision().proposedBy(),
            v.decision().agreedBy(),
            v.decision().decidedOn().map(Date::valueOf).orElse(null),
            v.decision().reference(),
            v.changeReason(),
            v.recordedBy(),
            Timestamp.from(v.recordedAt()))
        .query(Long.class)
        .single();
  }

  /** Every version of an indicator's targets, oldest first. */
  public List<StoredTarget> of(long indicatorId) {
    return jdbc.sql(
            "select * from target_version where indicator_id = ? order by applies_from, recorded_at, id")
        .param(indicatorId)
        .query(Targets::map)
        .list();
  }

  /** The versions of one year, oldest first. */
  public List<StoredTarget> of(long indicatorId, FinancialYear year) {
    return of(indicatorId).stream().filter(t -> t.version().year().equals(year)).toList();
  }

  /** The last recorded version of a year, if there is one. */
  public Optional<StoredTarget> latest(long indicatorId, FinancialYear year) {
    return of(indicatorId, year).stream().max(Comparator.comparingLong(StoredTarget::id));
  }

  /**
   * Holds the indicator's row until the transaction ends, so that two people changing its targets
   * at once are taken one after the other and the second sees the first's change.
   */
  void lock(long indicatorId) {
    jdbc.sql("select id from indicator where id = ? for update")
        .param(indicatorId)
        .query()
        .listOfRows();
  }

  /** The indicator's target history, for the core. */
  public TargetHistory historyOf(long indicatorId) {
    return new TargetHistory(of(indicatorId).stream().map(StoredTarget::version).toList());
  }

  private static StoredTarget map(ResultSet rs, int n) throws SQLException {
    TargetVersion version =
        new TargetVersion(
            new FinancialYear(rs.getInt("financial_year")),
            Row.target(rs),
            YearMonth.from(rs.getDate("applies_from").toLocalDate()),
            new TargetDecision(
                rs.getString("proposed_by"),
                rs.getString("agreed_by"),
                Optional.ofNullable(rs.getDate("decided_on")).map(Date::toLocalDate),
                rs.getString("reference")),
            rs.getString("change_reason"),
            rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant());
    return new StoredTarget(
        rs.getLong("id"),
        rs.getLong("indicator_id"),
        version,
        rs.getString("as_printed"),
        rs.getString("note"));
  }

  /** A target's kind and numbers as the table's columns hold them. */
  private record Row(
      String kind,
      BigDecimal value,
      BigDecimal low,
      BigDecimal high,
      BigDecimal start,
      BigDecimal perMonth,
      String profile) {

    static Row of(Target target) {
      if (target instanceof Target.SingleValue single) {
        return new Row("SINGLE", single.value(), null, null, null, null, null);
      }
      if (target instanceof Target.MonthlyProfile profile) {
        String months =
            profile.months().stream().map(ExactValue::toString).collect(Collectors.joining(";"));
        return new Row("PROFILE", null, null, null, null, null, months);
      }
      if (target instanceof Target.MonthlyIncrement increment) {
        return new Row(
            "INCREMENT", null, null, null, increment.start(), increment.perMonth(), null);
      }
      if (target instanceof Target.Range range) {
        return new Row("RANGE", null, range.low(), range.high(), null, null, null);
      }
      if (target instanceof Target.ToBeConfirmed tbc) {
        return new Row("TBC", null, null, null, null, null, null);
      }
      return new Row("NONE", null, null, null, null, null, null);
    }

    static Target target(ResultSet rs) throws SQLException {
      String kind = rs.getString("kind");
      switch (kind) {
        case "SINGLE":
          return new Target.SingleValue(rs.getBigDecimal("value"));
        case "PROFILE":
          List<ExactValue> months = new ArrayList<>();
          Arrays.stream(rs.getString("profile").split(";"))
              .map(ExactValue::parse)
              .forEach(months::add);
          return new Target.MonthlyProfile(months);
        case "INCREMENT":
          return new Target.MonthlyIncrement(
              rs.getBigDecimal("start_value"), rs.getBigDecimal("per_month"));
        case "RANGE":
          return new Target.Range(rs.getBigDecimal("low"), rs.getBigDecimal("high"));
        case "TBC":
          return new Target.ToBeConfirmed(rs.getString("note"));
        default:
          return new Target.NoTarget();
      }
    }
  }
}
