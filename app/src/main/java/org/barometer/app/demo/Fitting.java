package org.barometer.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import org.barometer.core.indicator.Combination;
import org.barometer.core.indicator.Measure;

/**
 * Adjusts the generated figures of the anchor's window so that the reported figure for the anchor's
 * period is exactly the real one: the anchor month itself for figures entered as they are reported;
 * the window's months scaled to the anchor's total for sums; the last month balancing the window's
 * mean for averages.
 */
final class Fitting {

  private Fitting() {}

  static void fit(Measure measure, Anchor anchor, List<YearMonth> months, BigDecimal[] values) {
    int last = values.length - 1;
    Combination combination = measure.combination();
    if (combination == Combination.AS_ENTERED) {
      values[last] = anchor.value();
      return;
    }
    int window = windowLength(measure, anchor);
    if (window > values.length) {
      throw new IllegalArgumentException(
          "The history is too short to hold the " + window + " months of the anchor's window");
    }
    if (combination == Combination.SUM) {
      scaleToTotal(measure, anchor.value(), values, last - window + 1);
    } else {
      balanceMean(measure, anchor.value(), values, last - window + 1);
    }
  }

  private static int windowLength(Measure measure, Anchor anchor) {
    return measure.windowMonths() == 0 ? anchor.period().monthsIntoYear() : measure.windowMonths();
  }

  /** Scales the window so that it sums to the total; the last month takes the rounding. */
  private static void scaleToTotal(
      Measure measure, BigDecimal total, BigDecimal[] values, int from) {
    BigDecimal generated = BigDecimal.ZERO;
    for (int i = from; i < values.length; i++) {
      generated = generated.add(values[i]);
    }
    BigDecimal sumOfOthers = BigDecimal.ZERO;
    for (int i = from; i < values.length - 1; i++) {
      BigDecimal share =
          generated.signum() == 0
              ? total.divide(BigDecimal.valueOf(values.length - from), 10, RoundingMode.HALF_UP)
              : total.multiply(values[i]).divide(generated, 10, RoundingMode.HALF_UP);
      values[i] = share.setScale(measure.decimals(), RoundingMode.HALF_UP);
      sumOfOthers = sumOfOthers.add(values[i]);
    }
    values[values.length - 1] = total.subtract(sumOfOthers);
    requireNonNegative(values[values.length - 1]);
  }

  /** Sets the last month so that the window's mean is exactly the anchor. */
  private static void balanceMean(Measure measure, BigDecimal mean, BigDecimal[] values, int from) {
    int count = values.length - from;
    BigDecimal target = mean.multiply(BigDecimal.valueOf(count));
    BigDecimal others = BigDecimal.ZERO;
    for (int i = from; i < values.length - 1; i++) {
      values[i] =
          values[i].add(
              mean.subtract(values[i])
                  .divide(BigDecimal.valueOf(2), measure.decimals(), RoundingMode.HALF_UP));
      others = others.add(values[i]);
    }
    values[values.length - 1] =
        target.subtract(others).setScale(measure.decimals(), RoundingMode.UNNECESSARY);
    requireNonNegative(values[values.length - 1]);
  }

  private static void requireNonNegative(BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalStateException("Fitting the anchor needed a negative figure: " + value);
    }
  }
}
