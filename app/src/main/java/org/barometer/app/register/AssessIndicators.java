package org.barometer.app.register;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.status.ComputedStatuses;
import org.barometer.app.status.StatusOverrides;
import org.barometer.app.target.StoredTarget;
import org.barometer.app.target.Targets;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.Period;
import org.barometer.core.status.Status;
import org.barometer.core.status.StatusOverride;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.TargetHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Judges indicators for a month from what is stored: approved figures only. Judgements are kept
 * until the register or the organisation changes on any node ({@link DataVersion}).
 */
@Service
public class AssessIndicators implements ComputedStatuses {

  /** An indicator and a month. */
  private record Asked(String code, YearMonth month) {}

  private final VersionedCache<YearMonth, List<Judged>> allJudged;
  private final VersionedCache<Asked, Optional<Examined>> examined;

  private final Indicators indicators;
  private final Targets targets;
  private final Measurements measurements;
  private final OrganisationSettings settings;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final StatusOverrides overrides;

  AssessIndicators(
      Indicators indicators,
      Targets targets,
      Measurements measurements,
      OrganisationSettings settings,
      JdbcClient jdbc,
      Clock clock,
      StatusOverrides overrides,
      DataVersion version) {
    this.allJudged = version.cache(64);
    this.examined = version.cache(1024);
    this.overrides = overrides;
    this.indicators = indicators;
    this.targets = targets;
    this.measurements = measurements;
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every current indicator judged for the month. */
  public List<Judged> all(YearMonth month) {
    return allJudged.get(month, this::judgeAll);
  }

  private List<Judged> judgeAll(YearMonth month) {
    Optional<Tolerance> organisation = settings.defaultTolerance();
    return indicators.allCurrent().stream().map(v -> judge(v, month, organisation)).toList();
  }

  /** One indicator judged for the month. */
  public Optional<Judged> one(String code, YearMonth month) {
    return examine(code, month).map(Examined::judged);
  }

  /**
   * The computed status of the indicator's approved figure for exactly the period, before any
   * override, or empty when the period has no approved figure.
   */
  @Override
  public Optional<Status> of(IndicatorVersion indicator, Period period) {
    return one(indicator.definition().code(), period.lastMonth())
        .filter(j -> j.assessment().figure().filter(f -> f.period().equals(period)).isPresent())
        .map(j -> j.computed().orElse(j.assessment().status()));
  }

  /**
   * One indicator judged for the month, with every figure and target version it was judged from,
   * read once, for a page or an answer that shows them too.
   */
  public Optional<Examined> examine(String code, YearMonth month) {
    return examined.get(new Asked(code, month), asked -> read(asked.code(), asked.month()));
  }

  private Optional<Examined> read(String code, YearMonth month) {
    return indicators
        .currentByCode(code)
        .map(
            version -> {
              List<StoredFigure> figures = measurements.of(version.indicatorId());
              List<StoredTarget> stored = targets.of(version.indicatorId());
              Judged judged =
                  judge(
                      version,
                      month,
                      settings.defaultTolerance(),
                      Measurements.series(
                          figures, version.definition().measure().frequency(), true),
                      new TargetHistory(stored.stream().map(StoredTarget::version).toList()));
              return new Examined(judged, figures, stored);
            });
  }

  /**
   * An indicator judged, with what it was judged from.
   *
   * @param judged the indicator and its assessment
   * @param figures every figure, in whatever state, oldest first
   * @param targets every version of its targets, oldest first
   */
  public record Examined(Judged judged, List<StoredFigure> figures, List<StoredTarget> targets) {
    public Examined {
      figures = List.copyOf(figures);
      targets = List.copyOf(targets);
    }
  }

  /**
   * The month a page shows when none is asked for: the latest month with an approved figure, or the
   * current month when there is none.
   */
  public YearMonth defaultMonth() {
    YearMonth thisMonth = YearMonth.now(clock);
    // A figure for a month that has not ended (one approved before such figures were refused)
    // never moves everyone's default month into the future.
    return jdbc.sql(
            "select period_start from measurement where state = 'APPROVED' and period_start < ?"
                + " order by period_start desc limit 1")
        .param(java.sql.Date.valueOf(thisMonth.atDay(1)))
        .query(java.sql.Date.class)
        .optional()
        .map(date -> YearMonth.from(date.toLocalDate()))
        .orElse(thisMonth);
  }

  private Judged judge(
      IndicatorVersion version, YearMonth month, Optional<Tolerance> organisation) {
    return judge(
        version,
        month,
        organisation,
        measurements.seriesOf(
            version.indicatorId(), version.definition().measure().frequency(), true),
        targets.historyOf(version.indicatorId()));
  }

  private Judged judge(
      IndicatorVersion version,
      YearMonth month,
      Optional<Tolerance> organisation,
      Series series,
      TargetHistory history) {
    Measure measure = version.definition().measure();
    Assessment assessment =
        Assessment.of(
            measure,
            series,
            history,
            version.definition().contextual(),
            Tolerance.effective(version.definition().tolerance(), organisation),
            month,
            Optional.empty());
    Optional<StatusOverride> override =
        assessment.figure().flatMap(f -> overrides.inForce(version.indicatorId(), f.period()));
    return new Judged(version, override.map(assessment::withOverride).orElse(assessment));
  }
}
