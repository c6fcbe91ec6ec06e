package org.barometer.core.direction;

import java.math.BigDecimal;
import java.util.Objects;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Period;
import org.barometer.core.target.TargetForPeriod;

/**
 * A figure's direction of travel against an earlier period, with the reason.
 *
 * <p>Better follows polarity; for Goldilocks, closer to the target range is better and two figures
 * both inside it are "no change". Equality is judged at the indicator's display precision. Figures
 * collected under different definitions are not comparable.
 */
public record DirectionOfTravel(Comparison comparison, Direction direction, String reason) {

  public DirectionOfTravel {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The direction of the figure for a period against an earlier one.
   *
   * @param target the target for the period; for Goldilocks it gives the range to measure against
   */
  public static DirectionOfTravel of(
      Measure measure,
      Series series,
      Period period,
      Comparison comparison,
      TargetForPeriod target) {
    ReportedFigure current = Aggregation.forPeriod(measure, series, period);
    ReportedFigure earlier = Aggregation.forPeriod(measure, series, comparison.earlierThan(period));
    return between(measure, current, earlier, comparison, target);
  }

  /** The direction from an earlier reported figure to a current one. */
  public static DirectionOfTravel between(
      Measure measure,
      ReportedFigure current,
      ReportedFigure earlier,
      Comparison comparison,
      TargetForPeriod target) {
    String against = earlier.period().label() + " (" + comparison.label() + ")";
    if (current.value().isEmpty()) {
      return notComparable(comparison, "no figure for " + current.period().label());
    }
    if (earlier.value().isEmpty()) {
      return notComparable(comparison, "no figure for " + against);
    }
    if (comparison == Comparison.PREVIOUS_PERIOD
        && restartsBetween(measure, current.period(), earlier.period())) {
      return notComparable(
          comparison,
          current.period().label()
              + " starts "
              + current.period().financialYear().label()
              + "'s year-to-date figure, which "
              + earlier.period().label()
              + "'s, the whole of "
              + earlier.period().financialYear().label()
              + ", does not compare with; see the same period last year");
    }
    if (current.definitionVersion() != earlier.definitionVersion()) {
      return notComparable(
          comparison,
          "the definition changed between "
              + earlier.period().label()
              + " and "
              + current.period().label());
    }
    BigDecimal now = measure.rounded(current.value().get());
    BigDecimal then = measure.rounded(earlier.value().get());
    int better;
    if (measure.polarity() == Polarity.GOLDILOCKS) {
      if (!(target instanceof TargetForPeriod.Band) && !(target instanceof TargetForPeriod.Point)) {
        return notComparable(comparison, "there is no target range to measure closeness against");
      }
      better = distance(then, target).compareTo(distance(now, target));
    } else {
      int higher = now.compareTo(then);
      better = measure.polarity() == Polarity.MAXIMISE ? higher : -higher;
    }
    String figures =
        measure.show(current.value().get())
            + " in "
            + current.period().label()
            + " against "
            + measure.show(earlier.value().get())
            + " in "
            + against;
    Direction direction =
        better > 0 ? Direction.IMPROVED : better < 0 ? Direction.WORSENED : Direction.NO_CHANGE;
    String qualifier = "";
    if (direction == Direction.NO_CHANGE) {
      if (measure.polarity() != Polarity.GOLDILOCKS || now.compareTo(then) == 0) {
        qualifier = ", equal at the displayed precision";
      } else {
        qualifier =
            distance(now, target).isZero()
                ? ", both inside the target range"
                : ", both as close to the target range";
      }
    }
    return new DirectionOfTravel(
        comparison, direction, direction.label() + ": " + figures + qualifier);
  }

  /**
   * Whether a year-to-date figure (a running total, a rate or an average from April) restarts
   * between the two periods: the first of a year against the last of the one before.
   */
  private static boolean restartsBetween(Measure measure, Period current, Period earlier) {
    boolean yearToDate = measure.aggregation().yearToDate() || measure.basis().yearToDate();
    return yearToDate
        && current.financialYear().compareTo(earlier.financialYear()) > 0
        && current.financialYear().previous().equals(earlier.financialYear())
        && current.monthsIntoYear() <= current.frequency().months();
  }

  private static DirectionOfTravel notComparable(Comparison comparison, String why) {
    return new DirectionOfTravel(comparison, Direction.NOT_COMPARABLE, "Not comparable: " + why);
  }

  /** Distance outside the target range; zero inside it. */
  private static ExactValue distance(BigDecimal value, TargetForPeriod target) {
    ExactValue low;
    ExactValue high;
    if (target instanceof TargetForPeriod.Band band) {
      low = band.low();
      high = band.high();
    } else {
      low = ((TargetForPeriod.Point) target).value();
      high = low;
    }
    ExactValue x = ExactValue.of(value);
    if (x.compareTo(low) < 0) {
      return low.subtract(x);
    }
    return x.compareTo(high) > 0 ? x.subtract(high) : ExactValue.ZERO;
  }
}
