package org.barometer.core.assessment;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.direction.Comparison;
import org.barometer.core.direction.Direction;
import org.barometer.core.direction.DirectionOfTravel;
import org.barometer.core.forecast.YearEndForecast;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;
import org.barometer.core.status.Status;
import org.barometer.core.status.StatusOverride;
import org.barometer.core.status.StatusRule;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.TargetForPeriod;
import org.barometer.core.target.TargetHistory;
import org.barometer.core.target.TargetVersion;

/**
 * One indicator judged for a report month.
 *
 * @param reportMonth the month of the report
 * @param figure the latest reported figure up to that month, with its own period
 * @param targetVersion the target version in force for the figure's period
 * @param target the target for the figure's period
 * @param status the status, with its reason
 * @param againstPrevious the direction against the previous period
 * @param againstLastYear the direction against the same period last year
 * @param headline which of the two the indicator's aggregation kind leads with
 * @param forecast the computed year-end forecast
 */
public record Assessment(
    YearMonth reportMonth,
    Optional<ReportedFigure> figure,
    Optional<TargetVersion> targetVersion,
    TargetForPeriod target,
    Status status,
    DirectionOfTravel againstPrevious,
    DirectionOfTravel againstLastYear,
    Comparison headline,
    YearEndForecast forecast) {

  public Assessment {
    Objects.requireNonNull(reportMonth, "reportMonth");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(forecast, "forecast");
  }

  /**
   * This assessment with a status set by hand for its figure's period; the computed status is kept
   * inside the overridden one.
   */
  public Assessment withOverride(StatusOverride override) {
    return new Assessment(
        reportMonth,
        figure,
        targetVersion,
        target,
        override.applyTo(status),
        againstPrevious,
        againstLastYear,
        headline,
        forecast);
  }

  /** The direction of travel the report leads with. */
  public DirectionOfTravel direction() {
    return headline == Comparison.PREVIOUS_PERIOD ? againstPrevious : againstLastYear;
  }

  /**
   * Judges an indicator for a report month.
   *
   * @param contextual whether the indicator is monitored for its trend only (no status)
   * @param override a status set by hand for the figure's period, if any
   */
  public static Assessment of(
      Measure measure,
      Series series,
      TargetHistory targets,
      boolean contextual,
      Tolerance tolerance,
      YearMonth reportMonth,
      Optional<StatusOverride> override) {
    Comparison headline = Comparison.defaultFor(measure);
    Optional<ReportedFigure> latest = Aggregation.latest(measure, series, reportMonth);
    if (latest.isEmpty()) {
      return withoutFigure(measure, reportMonth, headline);
    }
    ReportedFigure figure = latest.get();
    Period period = figure.period();
    FinancialYear reportYear = FinancialYear.containing(reportMonth);
    if (fromAnEarlierYear(measure, period, reportYear)) {
      return withEarlierYearsFigure(measure, figure, reportMonth, reportYear, headline);
    }
    Optional<TargetVersion> version =
        contextual ? Optional.empty() : targets.inForceFor(period.lastMonth());
    TargetForPeriod target =
        version
            .map(v -> TargetForPeriod.of(v.target(), measure, period))
            .orElse(new TargetForPeriod.None());
    Status computed =
        contextual || version.isPresent()
            ? StatusRule.rate(measure, figure, target, tolerance)
            : StatusRule.noTargetSet(period.financialYear());
    Status status = override.map(o -> o.applyTo(computed)).orElse(computed);
    TargetForPeriod annual =
        version.map(v -> TargetForPeriod.annual(v.target())).orElse(new TargetForPeriod.None());
    return new Assessment(
        reportMonth,
        latest,
        version,
        target,
        status,
        direction(measure, series, figure, Comparison.PREVIOUS_PERIOD, target),
        direction(measure, series, figure, Comparison.SAME_PERIOD_LAST_YEAR, target),
        headline,
        YearEndForecast.at(measure, series, period, annual));
  }

  private static DirectionOfTravel direction(
      Measure measure,
      Series series,
      ReportedFigure figure,
      Comparison comparison,
      TargetForPeriod target) {
    ReportedFigure earlier =
        Aggregation.forPeriod(measure, series, comparison.earlierThan(figure.period()));
    return DirectionOfTravel.between(measure, figure, earlier, comparison, target);
  }

  /**
   * Whether a monthly or quarterly figure belongs to a financial year before the report's: a new
   * year's report never judges, forecasts or counts last year's figures. An annual figure is the
   * latest there is until the next year's arrives, and is judged as it stands.
   */
  private static boolean fromAnEarlierYear(
      Measure measure, Period period, FinancialYear reportYear) {
    return measure.frequency() != Frequency.ANNUAL
        && period.financialYear().compareTo(reportYear) < 0;
  }

  /**
   * No status, direction or forecast for a report whose year has no figure yet; the last figure, of
   * an earlier year, is kept beside it for context.
   */
  private static Assessment withEarlierYearsFigure(
      Measure measure,
      ReportedFigure figure,
      YearMonth reportMonth,
      FinancialYear reportYear,
      Comparison headline) {
    String latest =
        "the latest, "
            + figure.value().map(measure::show).orElse("no value")
            + " for "
            + figure.period().label()
            + ", belongs to "
            + figure.period().financialYear().label();
    String noneYet = "no figure yet for " + reportYear.label();
    return new Assessment(
        reportMonth,
        Optional.of(figure),
        Optional.empty(),
        new TargetForPeriod.None(),
        new Status.Unrated(Status.NoStatusReason.NO_DATA, "No status: " + noneYet + "; " + latest),
        new DirectionOfTravel(
            Comparison.PREVIOUS_PERIOD, Direction.NOT_COMPARABLE, "Not comparable: " + noneYet),
        new DirectionOfTravel(
            Comparison.SAME_PERIOD_LAST_YEAR,
            Direction.NOT_COMPARABLE,
            "Not comparable: " + noneYet),
        headline,
        new YearEndForecast(
            Optional.empty(),
            YearEndForecast.Method.NONE,
            YearEndForecast.Outcome.NO_FORECAST,
            "No forecast: " + noneYet));
  }

  private static Assessment withoutFigure(
      Measure measure, YearMonth reportMonth, Comparison headline) {
    String when = Period.shortMonth(reportMonth) + " " + reportMonth.getYear();
    DirectionOfTravel none =
        new DirectionOfTravel(
            Comparison.PREVIOUS_PERIOD, Direction.NOT_COMPARABLE, "Not comparable: no figure yet");
    return new Assessment(
        reportMonth,
        Optional.empty(),
        Optional.empty(),
        new TargetForPeriod.None(),
        new Status.Unrated(Status.NoStatusReason.NO_DATA, "No status: no figure up to " + when),
        none,
        new DirectionOfTravel(
            Comparison.SAME_PERIOD_LAST_YEAR,
            Direction.NOT_COMPARABLE,
            "Not comparable: no figure yet"),
        headline,
        new YearEndForecast(
            Optional.empty(),
            YearEndForecast.Method.NONE,
            YearEndForecast.Outcome.NO_FORECAST,
            "No forecast: no figure yet"));
  }
}
