package org.barometer.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.number.ExactValue;

/**
 * Checks an entered figure before it is stored.
 *
 * <p>The history check uses the indicator's own natural process limits (the XmR limits: mean plus
 * or minus 2.66 times the mean moving range) over its recent figures: a figure outside them is
 * unusual enough to need an explanation, and never refused, since real change happens.
 */
public final class FigureChecks {

  /** Recent figures the history check looks at. */
  static final int HISTORY = 24;

  /** Fewer figures than this give no usual range, and no history check. */
  static final int MINIMUM_HISTORY = 6;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final ExactValue LIMIT_FACTOR = ExactValue.of("2.66");

  private FigureChecks() {}

  /**
   * Checks a figure.
   *
   * @param history the indicator's earlier figures' values, oldest first
   */
  public static CheckResult check(Measure measure, Figure figure, List<ExactValue> history) {
    List<Problem> refusals = new ArrayList<>();
    if (figure instanceof Figure.Ratio ratio) {
      checkComponents(measure, ratio, refusals);
    } else {
      checkPlain(measure, ((Figure.Plain) figure).value(), refusals);
    }
    List<Problem> unusual = new ArrayList<>();
    if (refusals.isEmpty()) {
      figure
          .value(measure.unit().multiplier())
          .flatMap(value -> unusual(measure, value, history))
          .ifPresent(unusual::add);
    }
    return new CheckResult(refusals, unusual);
  }

  /**
   * What is wrong with a value in the measure's unit, whatever it is for (a figure, a target): a
   * percentage above 100, a count below zero.
   *
   * @param field the field the problems name
   */
  public static List<Problem> valueProblems(Measure measure, BigDecimal value, String field) {
    List<Problem> problems = new ArrayList<>();
    if (value.signum() < 0 && cannotBeNegative(measure.unit())) {
      problems.add(
          new Problem(
              field,
              "A " + measure.unit().label() + " cannot be negative: " + value.toPlainString()));
    }
    if (measure.unit() == Unit.PERCENTAGE && value.compareTo(HUNDRED) > 0) {
      problems.add(
          new Problem(field, "A percentage cannot be above 100: " + value.toPlainString()));
    }
    return problems;
  }

  private static void checkPlain(Measure measure, BigDecimal value, List<Problem> refusals) {
    refusals.addAll(valueProblems(measure, value, "value"));
  }

  private static void checkComponents(Measure measure, Figure.Ratio ratio, List<Problem> refusals) {
    if (ratio.numerator().signum() < 0) {
      refusals.add(new Problem("numerator", "The numerator cannot be negative"));
    }
    if (ratio.denominator().signum() < 0) {
      refusals.add(new Problem("denominator", "The denominator cannot be negative"));
    }
    if (measure.unit() == Unit.PERCENTAGE && ratio.numerator().compareTo(ratio.denominator()) > 0) {
      refusals.add(
          new Problem(
              "numerator",
              "The numerator ("
                  + ratio.numerator().toPlainString()
                  + ") cannot be more than the denominator ("
                  + ratio.denominator().toPlainString()
                  + ") for a percentage"));
    }
  }

  private static boolean cannotBeNegative(Unit unit) {
    return unit != Unit.MONEY && unit != Unit.SCORE && unit != Unit.NUMBER;
  }

  private static Optional<Problem> unusual(
      Measure measure, ExactValue value, List<ExactValue> history) {
    List<ExactValue> recent =
        history.subList(Math.max(0, history.size() - HISTORY), history.size());
    if (recent.size() < MINIMUM_HISTORY) {
      return Optional.empty();
    }
    ExactValue mean = mean(recent);
    ExactValue spread = LIMIT_FACTOR.multiply(meanMovingRange(recent));
    ExactValue low = mean.subtract(spread);
    ExactValue high = mean.add(spread);
    if (value.compareTo(low) >= 0 && value.compareTo(high) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Problem(
            measure.components() ? "numerator" : "value",
            measure.show(value)
                + " is far outside this indicator's usual range of "
                + measure.show(low)
                + " to "
                + measure.show(high)
                + " over its last "
                + recent.size()
                + " figures: explain it to go on"));
  }

  private static ExactValue mean(List<ExactValue> values) {
    ExactValue sum = ExactValue.ZERO;
    for (ExactValue value : values) {
      sum = sum.add(value);
    }
    return sum.divide(values.size());
  }

  private static ExactValue meanMovingRange(List<ExactValue> values) {
    ExactValue sum = ExactValue.ZERO;
    for (int i = 1; i < values.size(); i++) {
      sum = sum.add(values.get(i).subtract(values.get(i - 1)).abs());
    }
    return sum.divide(values.size() - 1);
  }
}
