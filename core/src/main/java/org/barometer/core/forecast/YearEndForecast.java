package org.barometer.core.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;
import org.barometer.core.target.TargetForPeriod;

/**
 * The computed estimate of an indicator's year-end figure, whether it meets the annual target, and
 * how it was made. The method is written for users in the product's help on forecasts.
 *
 * <p>A figure that accumulates through the year (a cumulative count, a year-to-date total) is
 * projected: with earlier years, by the share of their year-end figure they had reached by the same
 * month; without, by the run rate (the figure so far x 12 / the months that have a figure, so a
 * missing month is not read as zero). A level figure (a rate, a percentage, a snapshot) is carried
 * forward: with earlier years, moved by their average change from the same month to March; without,
 * held at its year-to-date value.
 */
public record YearEndForecast(
    Optional<ExactValue> value, Method method, Outcome outcome, String reason) {

  /** Earlier years looked at for the seasonal shape. */
  static final int YEARS_OF_HISTORY = 3;

  public YearEndForecast {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  /** How the forecast was made. */
  public enum Method {
    ACTUAL,
    SEASONAL,
    RUN_RATE,
    NONE
  }

  /** Whether the forecast meets the annual target. */
  public enum Outcome {
    MEETS,
    MISSES,
    NO_TARGET,
    NO_FORECAST
  }

  /**
   * The forecast made at a period for the end of its financial year.
   *
   * @param annualTarget the target for the year as a whole (its March value)
   */
  public static YearEndForecast at(
      Measure measure, Series series, Period period, TargetForPeriod annualTarget) {
    ReportedFigure current = Aggregation.forPeriod(measure, series, period);
    if (current.value().isEmpty()) {
      return new YearEndForecast(
          Optional.empty(),
          Method.NONE,
          Outcome.NO_FORECAST,
          "No forecast: no figure for " + period.label());
    }
    ExactValue now = current.value().get();
    int monthsElapsed = period.monthsIntoYear();
    if (monthsElapsed == 12) {
      return judged(
          measure, now, Method.ACTUAL, "The year is complete: " + measure.show(now), annualTarget);
    }
    List<ExactValue[]> history = earlierYears(measure, series, period);
    if (measure.accumulates()) {
      return accumulating(measure, current, monthsElapsed, history, period, annualTarget);
    }
    return level(measure, now, history, period, annualTarget);
  }

  private static YearEndForecast accumulating(
      Measure measure,
      ReportedFigure current,
      int monthsElapsed,
      List<ExactValue[]> history,
      Period period,
      TargetForPeriod annualTarget) {
    ExactValue now = current.value().orElseThrow();
    List<ExactValue> shares = new ArrayList<>();
    for (ExactValue[] year : history) {
      if (year[1].signum() > 0 && year[0].signum() > 0) {
        shares.add(year[0].divide(year[1]));
      }
    }
    // The seasonal share assumes a complete year so far; with a month missing, the run rate over
    // the months that have figures is the honest estimate.
    if (!shares.isEmpty() && !current.incomplete()) {
      ExactValue share = mean(shares);
      ExactValue forecast = now.divide(share);
      String why =
          "Seasonal: by "
              + period.nameInSentence()
              + " the last "
              + years(shares.size())
              + " reached on average "
              + share.multiply(BigDecimal.valueOf(100)).round(1).toPlainString()
              + "% of their year-end figure; "
              + measure.show(now)
              + " so far points to "
              + measure.show(forecast)
              + " by March";
      return judged(measure, forecast, Method.SEASONAL, why, annualTarget);
    }
    // A missing month is missing, not zero: the rate is that of the months with figures.
    int monthsWithFigures =
        current.incomplete()
            ? current.coverage().covered() * measure.frequency().months()
            : monthsElapsed;
    ExactValue forecast = now.multiply(ExactValue.of(12)).divide(monthsWithFigures);
    int perPeriod = measure.frequency().months();
    String why =
        "Run rate: "
            + measure.show(now)
            + " in "
            + (current.incomplete() ? monthsWithFigures / perPeriod + " of " : "")
            + periods(monthsElapsed / perPeriod, measure)
            + " continues to "
            + measure.show(forecast)
            + " over "
            + periods(12 / perPeriod, measure);
    return judged(measure, forecast, Method.RUN_RATE, why, annualTarget);
  }

  private static YearEndForecast level(
      Measure measure,
      ExactValue now,
      List<ExactValue[]> history,
      Period period,
      TargetForPeriod annualTarget) {
    if (!history.isEmpty()) {
      List<ExactValue> changes = new ArrayList<>();
      for (ExactValue[] year : history) {
        changes.add(year[1].subtract(year[0]));
      }
      ExactValue change = mean(changes);
      ExactValue forecast = now.add(change);
      String why =
          "Seasonal: in the last "
              + years(changes.size())
              + " the figure moved on average by "
              + (change.signum() < 0 ? "-" : "+")
              + measure.showDifference(change)
              + " from "
              + period.nameInSentence()
              + " to "
              + yearEnd(measure)
              + "; "
              + measure.show(now)
              + " now points to "
              + measure.show(forecast);
      return judged(measure, forecast, Method.SEASONAL, why, annualTarget);
    }
    String why =
        measure.frequency() == Frequency.MONTHLY
            ? "Run rate: the year-to-date figure of " + measure.show(now) + " held to March"
            : "Run rate: the figure of " + measure.show(now) + " held to " + yearEnd(measure);
    return judged(measure, now, Method.RUN_RATE, why, annualTarget);
  }

  /** For each earlier year with both figures: {figure at the same period, year-end figure}. */
  private static List<ExactValue[]> earlierYears(Measure measure, Series series, Period period) {
    List<ExactValue[]> years = new ArrayList<>();
    Period same = period;
    for (int back = 1; back <= YEARS_OF_HISTORY; back++) {
      same = same.sameLastYear();
      FinancialYear year = same.financialYear();
      Period yearEnd = measure.frequency().periodContaining(year.lastMonth());
      ReportedFigure atSame = Aggregation.forPeriod(measure, series, same);
      ReportedFigure atEnd = Aggregation.forPeriod(measure, series, yearEnd);
      if (atSame.hasValue() && atEnd.hasValue() && !atSame.incomplete() && !atEnd.incomplete()) {
        years.add(new ExactValue[] {atSame.value().get(), atEnd.value().get()});
      }
    }
    return years;
  }

  /**
   * The forecast within what the unit allows, as no figure can leave it: a percentage of a fixed
   * base is 0 to 100%, a count is never below zero. The reason says when the range capped it.
   */
  private static YearEndForecast judged(
      Measure measure, ExactValue estimate, Method method, String reason, TargetForPeriod target) {
    ExactValue forecast = estimate;
    String why = reason;
    Optional<ExactValue> most = measure.unit().most().map(ExactValue::of);
    Optional<ExactValue> least = measure.unit().least().map(ExactValue::of);
    if (most.isPresent() && estimate.compareTo(most.get()) > 0) {
      forecast = most.get();
      why +=
          ", capped at "
              + measure.show(forecast)
              + ", the most a "
              + measure.unit().label()
              + " can be";
    } else if (least.isPresent() && estimate.compareTo(least.get()) < 0) {
      forecast = least.get();
      why +=
          ", raised to "
              + measure.show(forecast)
              + ", the least a "
              + measure.unit().label()
              + " can be";
    }
    Optional<Boolean> meets = meets(measure, forecast, target);
    if (meets.isEmpty()) {
      return new YearEndForecast(Optional.of(forecast), method, Outcome.NO_TARGET, why);
    }
    String verdict =
        meets.get()
            ? "; that meets the year-end target of " + describe(measure, target)
            : "; that misses the year-end target of " + describe(measure, target);
    return new YearEndForecast(
        Optional.of(forecast), method, meets.get() ? Outcome.MEETS : Outcome.MISSES, why + verdict);
  }

  private static Optional<Boolean> meets(
      Measure measure, ExactValue value, TargetForPeriod target) {
    if (target instanceof TargetForPeriod.Band band) {
      if (measure.polarity() == Polarity.MAXIMISE) {
        return Optional.of(value.compareTo(band.low()) >= 0);
      }
      if (measure.polarity() == Polarity.MINIMISE) {
        return Optional.of(value.compareTo(band.high()) <= 0);
      }
      return Optional.of(value.compareTo(band.low()) >= 0 && value.compareTo(band.high()) <= 0);
    }
    if (target instanceof TargetForPeriod.Point point) {
      int cmp = value.compareTo(point.value());
      return Optional.of(
          switch (measure.polarity()) {
            case MAXIMISE -> cmp >= 0;
            case MINIMISE -> cmp <= 0;
            case GOLDILOCKS -> cmp == 0;
          });
    }
    return Optional.empty();
  }

  private static String describe(Measure measure, TargetForPeriod target) {
    if (target instanceof TargetForPeriod.Band band) {
      return measure.show(band.low()) + " to " + measure.show(band.high());
    }
    return measure.show(((TargetForPeriod.Point) target).value());
  }

  private static ExactValue mean(List<ExactValue> values) {
    ExactValue sum = ExactValue.ZERO;
    for (ExactValue value : values) {
      sum = sum.add(value);
    }
    return sum.divide(values.size());
  }

  /** The last period of the year in words: March, or Q4 for a quarterly figure. */
  private static String yearEnd(Measure measure) {
    return measure.frequency() == Frequency.QUARTERLY ? "Q4" : "March";
  }

  /** A number of the measure's periods: "8 months", "1 quarter". */
  private static String periods(int count, Measure measure) {
    String unit = measure.frequency() == Frequency.QUARTERLY ? "quarter" : "month";
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  private static String years(int count) {
    return count == 1 ? "year" : count + " years";
  }
}
