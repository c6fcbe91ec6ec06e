package org.barometer.app.target;

import org.barometer.core.target.Target;

/**
 * The kinds of target of domain.md section 4, as the editor offers them. {@link #SHAPED} is a way
 * to make a monthly profile: a target made so is kept, shown and audited as a {@link #PROFILE}.
 */
public enum TargetKind {
  SINGLE("A single value", "The same value every month; a cumulative count is profiled evenly"),
  PROFILE(
      "A value for each month",
      "For seasonal figures and year-to-date rates, which would otherwise read red for months"),
  SHAPED(
      "A year-end value in the shape of earlier years",
      "For year-to-date collection rates: each month's target is the year-end value times the share"
          + " of their year-end figure that the earlier years had reached by that month. It is kept"
          + " as a value for each month"),
  INCREMENT(
      "A year-end value reached by a monthly step",
      "Such as 35,000 by March at 1,250 a month: the target for month M is the start plus M steps"),
  RANGE("A range", "For an indicator aimed at neither too high nor too low; both ends count"),
  TBC("To be confirmed", "No status is worked out; reports say the target is to be confirmed"),
  NONE("No target", "Monitored for its trend only: no red, amber or green");

  private final String label;
  private final String hint;

  TargetKind(String label, String hint) {
    this.label = label;
    this.hint = hint;
  }

  public String label() {
    return label;
  }

  public String hint() {
    return hint;
  }

  /** The kind of a target. */
  public static TargetKind of(Target target) {
    if (target instanceof Target.SingleValue) {
      return SINGLE;
    }
    if (target instanceof Target.MonthlyProfile) {
      return PROFILE;
    }
    if (target instanceof Target.MonthlyIncrement) {
      return INCREMENT;
    }
    if (target instanceof Target.Range) {
      return RANGE;
    }
    if (target instanceof Target.ToBeConfirmed) {
      return TBC;
    }
    return NONE;
  }
}
