package org.barometer.app.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.period.Frequency;
import org.barometer.core.status.Tolerance;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The indicator register in PostgreSQL: every version of every definition. */
@Repository
public class Indicators {

  private static final String CURRENT =
      "select i.code, v.* from indicator i join indicator_version v"
          + " on v.indicator_id = i.id and v.version = i.current_version";

  private final JdbcClient jdbc;
  private final VersionedCache<Long, List<IndicatorVersion>> histories;

  Indicators(JdbcClient jdbc, DataVersion version) {
    this.jdbc = jdbc;
    this.histories = version.cache(1024);
  }

  /** Adds an indicator with its first definition; returns its id. */
  @Transactional
  public long add(IndicatorDefinition definition, String by, Instant at, String reason) {
    long id =
        jdbc.sql("insert into indicator (code) values (?) returning id")
            .param(definition.code())
            .query(Long.class)
            .single();
    insertVersion(id, 1, definition, by, at, reason);
    return id;
  }

  /**
   * Stores a changed definition as a new version.
   *
   * @param expectedVersion the version the change was made from; if another change came first,
   *     nothing is stored and {@link OptimisticLockingFailureException} is thrown
   */
  // A refused change wrote nothing, so the caller's transaction may go on.
  @Transactional(noRollbackFor = OptimisticLockingFailureException.class)
  public IndicatorVersion revise(
      long id,
      int expectedVersion,
      IndicatorDefinition definition,
      String by,
      Instant at,
      String reason) {
    String code =
        jdbc.sql("select code from indicator where id = ?").param(id).query(String.class).single();
    if (!code.equals(definition.code())) {
      throw new IllegalArgumentException(
          "An indicator's code does not change: " + code + " cannot become " + definition.code());
    }
    int updated =
        jdbc.sql(
                "update indicator set current_version = current_version + 1"
                    + " where id = ? and current_version = ?")
            .params(id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "Indicator "
              + definition.code()
              + " was changed by someone else since version "
              + expectedVersion);
    }
    insertVersion(id, expectedVersion + 1, definition, by, at, reason);
    return new IndicatorVersion(id, expectedVersion + 1, definition, by, at, reason);
  }

  public Optional<IndicatorVersion> current(long id) {
    return jdbc.sql(CURRENT + " where i.id = ?").param(id).query(Indicators::map).optional();
  }

  public Optional<IndicatorVersion> currentByCode(String code) {
    return jdbc.sql(CURRENT + " where i.code = ?").param(code).query(Indicators::map).optional();
  }

  /** Every indicator not retired, in the order of their codes (numerically where numeric). */
  public List<IndicatorVersion> allCurrent() {
    return jdbc.sql(CURRENT + " where i.retired_at is null" + " order by length(i.code), i.code")
        .query(Indicators::map)
        .list();
  }

  /** Every version of an indicator's definition, oldest first. */
  public List<IndicatorVersion> history(long id) {
    return histories.get(id, i -> List.copyOf(readHistory(i)));
  }

  private List<IndicatorVersion> readHistory(long id) {
    return jdbc.sql(
            "select i.code, v.* from indicator_version v join indicator i on i.id = v.indicator_id"
                + " where v.indicator_id = ? order by v.version")
        .param(id)
        .query(Indicators::map)
        .list();
  }

  /** Takes an indicator out of the register; its definitions and figures are kept. */
  public boolean retire(long id, String reason, java.time.Instant at) {
    return jdbc.sql(
                "update indicator set retired_at = ?, retired_reason = ?"
                    + " where id = ? and retired_at is null")
            .params(java.sql.Timestamp.from(at), reason, id)
            .update()
        == 1;
  }

  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from indicator)").query(Boolean.class).single();
  }

  private void insertVersion(
      long id, int version, IndicatorDefinition d, String by, Instant at, String reason) {
    Measure m = d.measure();
    Placement p = d.placement();
    jdbc.sql(
            """
            insert into indicator_version (indicator_id, version, name, name_as_printed, definition,
              unit, decimals, polarity, aggregation, aggregation_label, entry_basis, frequency,
              components, department_id, service_id, service_label, committee_id, aim_id,
              owner_user_id, contextual, tolerance_kind, tolerance_value, new_to_report, comments,
              notes, changed_by, changed_at, change_reason)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            version,
            d.name(),
            d.nameAsPrinted(),
            d.definition(),
            m.unit().name(),
            m.decimals(),
            m.polarity().name(),
            m.aggregation().name(),
            d.aggregationLabel(),
            m.basis().name(),
            m.frequency().name(),
            m.components(),
            p.departmentId().orElse(null),
            p.serviceId().orElse(null),
            p.serviceLabel(),
            p.committeeId().orElse(null),
            p.aimId().orElse(null),
            d.ownerUserId().orElse(null),
            d.contextual(),
            toleranceKind(d),
            toleranceValue(d),
            d.newToReport(),
            d.comments(),
            d.notes(),
            by,
            Timestamp.from(at),
            reason)
        .update();
  }

  private static String toleranceKind(IndicatorDefinition d) {
    return d.tolerance()
        .map(t -> t instanceof Tolerance.Relative ? "RELATIVE" : "ABSOLUTE")
        .orElse(null);
  }

  private static BigDecimal toleranceValue(IndicatorDefinition d) {
    return d.tolerance()
        .map(t -> t instanceof Tolerance.Relative r ? r.share() : ((Tolerance.Absolute) t).amount())
        .orElse(null);
  }

  private static IndicatorVersion map(ResultSet rs, int row) throws SQLException {
    Measure measure =
        new Measure(
            Unit.valueOf(rs.getString("unit")),
            rs.getInt("decimals"),
            Polarity.valueOf(rs.getString("polarity")),
            AggregationKind.valueOf(rs.getString("aggregation")),
            EntryBasis.valueOf(rs.getString("entry_basis")),
            Frequency.valueOf(rs.getString("frequency")),
            rs.getBoolean("components"));
    IndicatorDefinition definition =
        new IndicatorDefinition(
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("name_as_printed"),
            rs.getString("definition"),
            measure,
            rs.getString("aggregation_label"),
            new Placement(
                optionalLong(rs, "department_id"),
                optionalLong(rs, "service_id"),
                rs.getString("service_label"),
                optionalLong(rs, "committee_id"),
                optionalLong(rs, "aim_id")),
            optionalLong(rs, "owner_user_id"),
            rs.getBoolean("contextual"),
            tolerance(rs),
            rs.getBoolean("new_to_report"),
            rs.getString("comments"),
            rs.getString("notes"));
    return new IndicatorVersion(
        rs.getLong("indicator_id"),
        rs.getInt("version"),
        definition,
        rs.getString("changed_by"),
        rs.getTimestamp("changed_at").toInstant(),
        rs.getString("change_reason"));
  }

  private static Optional<Tolerance> tolerance(ResultSet rs) throws SQLException {
    String kind = rs.getString("tolerance_kind");
    if (kind == null) {
      return Optional.empty();
    }
    BigDecimal value = rs.getBigDecimal("tolerance_value");
    return Optional.of(
        "RELATIVE".equals(kind) ? new Tolerance.Relative(value) : new Tolerance.Absolute(value));
  }

  private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
