package org.barometer.app.measurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    return insert(
            new NewFigure(
                indicatorId, period, figure, state, commentary, definitionVersion, synthetic),
            by,
            at,
            "")
        .orElseThrow();
  }

  /**
   * Adds an owner's figure for a period, unless another person added one first: then nothing is
   * stored and the answer is empty, without disturbing the caller's transaction.
   */
  public Optional<Long> addIfAbsent(
      long indicatorId,
      Period period,
      Figure figure,
      FigureState state,
      String commentary,
      int definitionVersion,
      String by,
      Instant at) {
    return insert(
        new NewFigure(indicatorId, period, figure, state, commentary, definitionVersion, false),
        by,
        at,
        " on conflict (indicator_id, period_start) do nothing");
  }

  private Optional<Long> insert(NewFigure f, String by, Instant at, String onConflict) {
    Timestamp when = Timestamp.from(at);
    return jdbc.sql(
            "insert into measurement (indicator_id, period_start, frequency, value, numerator,"
                + " denominator, state, commentary, definition_version, synthetic, entered_by,"
                + " entered_at, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + onConflict
                + " returning id")
        .params(
            f.indicatorId(),
            Date.valueOf(f.period().firstMonth().atDay(1)),
            f.period().frequency().name(),
            f.figure() instanceof Figure.Plain plain ? plain.value() : null,
            f.figure() instanceof Figure.Ratio ratio ? ratio.numerator() : null,
            f.figure() instanceof Figure.Ratio ratio ? ratio.denominator() : null,
            f.state().name(),
            f.commentary(),
            f.definitionVersion(),
            f.synthetic(),
            by,
            when,
            f.state() == FigureState.SUBMITTED ? when : null)
        .query(Long.class)
        .optional();
  }

  /** The columns of a new figure. */
  private record NewFigure(
      long indicatorId,
      Period period,
      Figure figure,
      FigureState state,
      String commentary,
      int definitionVersion,
      boolean synthetic) {}

  /** The figure of an indicator for a period, if any. */
  public Optional<StoredFigure> at(long indicatorId, Period period) {
    return jdbc.sql("select * from measurement where indicator_id = ? and period_start = ?")
        .params(indicatorId, Date.valueOf(period.firstMonth().atDay(1)))
        .query(Measurements::map)
        .optional();
  }

  public Optional<StoredFigure> byId(long id) {
    return jdbc.sql("select * from measurement where id = ?")
        .param(id)
        .query(Measurements::map)
        .optional();
  }

  /** Figures waiting for the performance team, oldest submission first. */
  public List<StoredFigure> inState(FigureState state) {
    return jdbc.sql("select * from measurement where state = ? order by submitted_at, id")
        .param(state.name())
        .query(Measurements::map)
        .list();
  }

  /**
   * Changes a figure entered by its owner, if nobody changed it since {@code expectedVersion}.
   *
   * @return whether it was changed; false when someone else changed it first
   */
  public boolean change(
      long id,
      int expectedVersion,
      Figure figure,
      FigureState state,
      String commentary,
      String explanation,
      String correction,
      String by,
      Instant at) {
    BigDecimal value = figure instanceof Figure.Plain plain ? plain.value() : null;
    BigDecimal numerator = figure instanceof Figure.Ratio ratio ? ratio.numerator() : null;
    BigDecimal denominator = figure instanceof Figure.Ratio ratio ? ratio.denominator() : null;
    return jdbc.sql(
                """
                update measurement set value = ?, numerator = ?, denominator = ?, state = ?,
                  commentary = ?, explanation = ?, entered_by = ?, entered_at = ?,
                  submitted_at = case when ? = 'SUBMITTED' then ? else submitted_at end,
                  returned_reason = '', version = version + 1, synthetic = false,
                  correction_reason = case when ? = '' then correction_reason else ? end
                where id = ? and version = ?
                """)
            .params(
                value,
                numerator,
                denominator,
                state.name(),
                commentary,
                explanation,
                by,
                Timestamp.from(at),
                state.name(),
                Timestamp.from(at),
                correction,
                correction,
                id,
                expectedVersion)
            .update()
        == 1;
  }

  /**
   * Approves or returns a figure, if nobody changed it since {@code expectedVersion}.
   *
   * @return whether it was changed
   */
  public boolean decide(
      long id, int expectedVersion, FigureState decision, String reason, String by, Instant at) {
    return jdbc.sql(
                """
                update measurement set state = ?, returned_reason = ?, decided_by = ?,
                  decided_at = ?, version = version + 1
                where id = ? and version = ? and state = 'SUBMITTED'
                """)
            .params(decision.name(), reason, by, Timestamp.from(at), id, expectedVersion)
            .update()
        == 1;
  }

  /** Records the owner's own year-end forecast with the figure, or clears it. */
  public void setOwnerForecast(long id, BigDecimal forecast) {
    jdbc.sql("update measurement set owner_forecast = ? where id = ?")
        .params(forecast, id)
        .update();
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
    return series(of(indicatorId), frequency, approvedOnly);
  }

  /** The series of figures already read, as {@link #seriesOf} gives it. */
  public static Series series(
      List<StoredFigure> figures, Frequency frequency, boolean approvedOnly) {
    return Series.of(
        frequency,
        figures.stream()
            .filter(f -> !approvedOnly || f.state() == FigureState.APPROVED)
            .filter(f -> f.period().frequency() == frequency)
            .map(StoredFigure::measurement)
            .toList());
  }

  /**
   * The figures of every indicator for the periods that end in the month: the month itself, the
   * quarter or the financial year it ends.
   */
  public List<StoredFigure> endingIn(YearMonth month) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (Frequency frequency : Frequency.values()) {
      Period period = frequency.periodContaining(month);
      if (period.lastMonth().equals(month)) {
        conditions.add("(frequency = ? and period_start = ?)");
        params.add(frequency.name());
        params.add(Date.valueOf(period.firstMonth().atDay(1)));
      }
    }
    return jdbc.sql(
            "select * from measurement where "
                + String.join(" or ", conditions)
                + " order by indicator_id")
        .params(params)
        .query(Measurements::map)
        .list();
  }

  private static Instant submittedAt(ResultSet rs) throws SQLException {
    Timestamp submitted = rs.getTimestamp("submitted_at");
    return submitted == null ? null : submitted.toInstant();
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
        rs.getInt("version"),
        rs.getString("explanation"),
        rs.getString("returned_reason"),
        rs.getBigDecimal("owner_forecast"),
        submittedAt(rs),
        rs.getString("correction_reason"),
        rs.getString("decided_by"),
        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant());
  }
}
