package org.barometer.app.register;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.status.StatusOverrides;
import org.barometer.app.target.Targets;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.indicator.Measure;
import org.barometer.core.status.StatusOverride;
import org.barometer.core.status.Tolerance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Judges indicators for a month from what is stored: approved figures only. */
@Service
public class AssessIndicators {

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
      StatusOverrides overrides) {
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
    Optional<Tolerance> organisation = settings.defaultTolerance();
    return indicators.allCurrent().stream().map(v -> judge(v, month, organisation)).toList();
  }

  /** One indicator judged for the month. */
  public Optional<Judged> one(String code, YearMonth month) {
    return indicators.currentByCode(code).map(v -> judge(v, month, settings.defaultTolerance()));
  }

  /**
   * The month a page shows when none is asked for: the latest month with an approved figure, or the
   * current month when there is none.
   */
  public YearMonth defaultMonth() {
    return jdbc.sql(
            "select period_start from measurement where state = 'APPROVED'"
                + " order by period_start desc limit 1")
        .query(java.sql.Date.class)
        .optional()
        .map(date -> YearMonth.from(date.toLocalDate()))
        .orElseGet(() -> YearMonth.now(clock));
  }

  private Judged judge(
      IndicatorVersion version, YearMonth month, Optional<Tolerance> organisation) {
    Measure measure = version.definition().measure();
    Assessment assessment =
        Assessment.of(
            measure,
            measurements.seriesOf(version.indicatorId(), measure.frequency(), true),
            targets.historyOf(version.indicatorId()),
            version.definition().contextual(),
            Tolerance.effective(version.definition().tolerance(), organisation),
            month,
            Optional.empty());
    Optional<StatusOverride> override =
        assessment.figure().flatMap(f -> overrides.inForce(version.indicatorId(), f.period()));
    return new Judged(version, override.map(assessment::withOverride).orElse(assessment));
  }
}
