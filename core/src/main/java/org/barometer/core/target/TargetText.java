package org.barometer.core.target;

import java.math.BigDecimal;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;

/**
 * A target in words, the way a report prints it: {@code 80.0%}, {@code 57.3% to 68.3%}, {@code
 * 35,000 by March: 20,000 and 1,250 a month}.
 */
public final class TargetText {

  private TargetText() {}

  /** The target of a year as a reader would say it, in the measure's unit and decimals. */
  public static String of(Target target, Measure measure) {
    if (target instanceof Target.SingleValue single) {
      String value = show(measure, single.value());
      return measure.profilesAnnualTargetLinearly()
          ? value + " for the year, profiled evenly month by month"
          : value;
    }
    if (target instanceof Target.MonthlyProfile profile) {
      return "A monthly profile: "
          + measure.show(profile.month(1))
          + " in April to "
          + measure.show(profile.month(12))
          + " in March";
    }
    if (target instanceof Target.MonthlyIncrement increment) {
      return show(measure, increment.month(12))
          + " by March: "
          + show(measure, increment.start())
          + " and "
          + show(measure, increment.perMonth())
          + " a month";
    }
    if (target instanceof Target.Range range) {
      return show(measure, range.low()) + " to " + show(measure, range.high());
    }
    if (target instanceof Target.ToBeConfirmed tbc) {
      return tbc.note().isEmpty() ? "To be confirmed" : "To be confirmed: " + tbc.note();
    }
    return "No target: monitored for its trend only";
  }

  /** The target for one period in words: {@code 5,078 (monthly profile)}, {@code TBC}. */
  public static String of(TargetForPeriod target, Measure measure) {
    if (target instanceof TargetForPeriod.Point point) {
      return measure.show(point.value())
          + (point.profile().isEmpty() ? "" : " (" + point.profile() + ")");
    }
    if (target instanceof TargetForPeriod.Band band) {
      return measure.show(band.low()) + " to " + measure.show(band.high());
    }
    if (target instanceof TargetForPeriod.Tbc) {
      return "To be confirmed";
    }
    return "No target";
  }

  private static String show(Measure measure, BigDecimal value) {
    return measure.show(ExactValue.of(value));
  }
}
