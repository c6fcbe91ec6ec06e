package org.barometer.app.measurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of every indicator, in PostgreSQL. */
@Repository
public class Measurements {

  private final JdbcClient jdbc;

  Measurements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a figure for a period that has none; returns its id. */
  public long add(
      long indicatorId,
      Period period,
      Figure figure,
      FigureState state,
      String commentary,
      int definitionVersion,
      boolean synthetic,
      String by,
      Instant at) {
    BigDecimal value = figure instanceof Figure.Plain plain ? plain.value() : null;
    BigDecimal numerator = figure instanceof Figure.Ratio ratio ? ratio.numerator() : null;
    BigDecimal denominator = figure instanceof Figure.Ratio ratio ? ratio.denominator() : null;
    return jdbc.sql(
            """
            insert into measurement (indicator_id, period_start, frequency, value, numerator,
              denominator, state, commentary, definition_version, synthetic, entered_by, entered_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            indicatorId,
            Date.valueOf(period.firstMonth().atDay(1)),
            period.frequency().name(),
            value,
            numerator,
            denominator,
            state.name(),
            commentary,
            definitionVersion,
            synthetic,
            by,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  /** Every figure of an indicator, oldest first. */
  public List<StoredFigure> of(long indicatorId) {
    return jdbc.sql("select * from measurement where indicator_id = ? order by period_start")
        .param(indicatorId)
        .query(Measurements::map)
        .list();
  }

  /**
   * The indicator's figures for the core.
   *
   * @param approvedOnly whether to leave out figures not yet approved, as reports and the public
   *     site do
   */
  public Series seriesOf(long indicatorId, Frequency frequency, boolean approvedOnly) {
    return Series.of(
        frequency,
        of(indicatorId).stream()
            .filter(f -> !approvedOnly || f.state() == FigureState.APPROVED)
            .filter(f -> f.period().frequency() == frequency)
            .map(StoredFigure::measurement)
            .toList());
  }

  private static StoredFigure map(ResultSet rs, int n) throws SQLException {
    Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
    Period period =
        frequency.periodContaining(YearMonth.from(rs.getDate("period_start").toLocalDate()));
    BigDecimal value = rs.getBigDecimal("value");
    Figure figure =
        value != null
            ? new Figure.Plain(value)
            : new Figure.Ratio(rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"));
    return new StoredFigure(
        rs.getLong("id"),
        rs.getLong("indicator_id"),
        period,
        figure,
        FigureState.valueOf(rs.getString("state")),
        rs.getString("commentary"),
        rs.getInt("definition_version"),
        rs.getBoolean("synthetic"),
        rs.getString("entered_by"),
        rs.getTimestamp("entered_at").toInstant(),
        rs.getInt("version"));
  }
}
