package org.barometer.core.target;

import java.math.BigDecimal;
import java.util.Objects;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Period;

/** The target that applies to one period, once profiles and increments are worked out. */
public sealed interface TargetForPeriod {

  /** A value to meet; {@code profile} says how it was derived, or is empty. */
  record Point(ExactValue value, String profile) implements TargetForPeriod {
    public Point {
      Objects.requireNonNull(value, "value");
      profile = profile == null ? "" : profile;
    }
  }

  /** A range to stay inside, bounds included. */
  record Band(ExactValue low, ExactValue high) implements TargetForPeriod {
    public Band {
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("low is above high");
      }
    }
  }

  /** The target is to be confirmed. */
  record Tbc(String note) implements TargetForPeriod {}

  /** The indicator has no target. */
  record None() implements TargetForPeriod {}

  /** The target for a period of a measure. */
  static TargetForPeriod of(Target target, Measure measure, Period period) {
    int month = period.monthsIntoYear();
    if (target instanceof Target.SingleValue single) {
      return single(single.value(), measure, month);
    }
    if (target instanceof Target.MonthlyProfile profile) {
      return new Point(profile.month(month), "monthly profile");
    }
    if (target instanceof Target.MonthlyIncrement increment) {
      return new Point(
          ExactValue.of(increment.month(month)),
          measure.show(ExactValue.of(increment.perMonth())) + " a month");
    }
    return annual(target);
  }

  /** The target for the whole year: its value at March. */
  static TargetForPeriod annual(Target target) {
    if (target instanceof Target.SingleValue single) {
      return new Point(ExactValue.of(single.value()), "");
    }
    if (target instanceof Target.MonthlyProfile profile) {
      return new Point(profile.month(12), "");
    }
    if (target instanceof Target.MonthlyIncrement increment) {
      return new Point(ExactValue.of(increment.month(12)), "");
    }
    if (target instanceof Target.Range range) {
      return new Band(ExactValue.of(range.low()), ExactValue.of(range.high()));
    }
    if (target instanceof Target.ToBeConfirmed tbc) {
      return new Tbc(tbc.note());
    }
    return new None();
  }

  private static TargetForPeriod single(BigDecimal annual, Measure measure, int month) {
    if (!measure.profilesAnnualTargetLinearly() || month == 12) {
      return new Point(ExactValue.of(annual), "");
    }
    return new Point(
        ExactValue.of(annual).multiply(ExactValue.of(month)).divide(12),
        "profiled evenly from " + measure.show(ExactValue.of(annual)) + " a year");
  }
}
