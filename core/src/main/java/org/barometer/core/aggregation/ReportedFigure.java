package org.barometer.core.aggregation;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Period;

/**
 * The figure reported for one period, or the reason there is none.
 *
 * @param period the period it is for (its own period: it may lag the report month)
 * @param value the figure, exact; empty when there is none
 * @param absence why there is no value; empty when there is one
 * @param coverage the periods the figure covers
 * @param provisional whether any figure inside the window is not yet approved
 * @param definitionVersion the definition the latest figure in the window was collected under
 */
public record ReportedFigure(
    Period period,
    Optional<ExactValue> value,
    Optional<NoValue> absence,
    Coverage coverage,
    boolean provisional,
    int definitionVersion) {

  public ReportedFigure {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(coverage, "coverage");
    if (value.isPresent() == absence.isPresent()) {
      throw new IllegalArgumentException("A reported figure has a value or a reason for none");
    }
  }

  static ReportedFigure of(
      Period period, ExactValue value, Coverage coverage, boolean provisional, int version) {
    return new ReportedFigure(
        period, Optional.of(value), Optional.empty(), coverage, provisional, version);
  }

  static ReportedFigure none(
      Period period, NoValue reason, Coverage coverage, boolean provisional, int version) {
    return new ReportedFigure(
        period, Optional.empty(), Optional.of(reason), coverage, provisional, version);
  }

  public boolean hasValue() {
    return value.isPresent();
  }

  /** Whether some periods of the window had no figure: the report flags it as incomplete. */
  public boolean incomplete() {
    return !coverage.complete();
  }

  /** How many months the figure's period ends before the report month; 0 when it is current. */
  public int monthsBehind(YearMonth reportMonth) {
    long behind = period.lastMonth().until(reportMonth, ChronoUnit.MONTHS);
    if (behind < 0) {
      throw new IllegalArgumentException(
          "The figure for " + period.label() + " is later than the report month " + reportMonth);
    }
    return (int) behind;
  }

  /**
   * The figure's period as a report for the month shows it: {@code Nov 2016}, or {@code Sep 2016, 2
   * months before the report month} for a figure that lags.
   */
  public String periodShownIn(YearMonth reportMonth) {
    int behind = monthsBehind(reportMonth);
    if (behind == 0) {
      return period.label();
    }
    return period.label()
        + ", "
        + behind
        + (behind == 1 ? " month" : " months")
        + " before the report month";
  }

  /** Why a figure has no value. */
  public enum NoValue {
    NO_DATA("no figure has been entered for this period"),
    ZERO_DENOMINATOR("the denominator is zero, so there is no value for this period"),
    MIXED_FIGURES(
        "some figures in the window were entered as plain values without their numerator and"
            + " denominator, so they cannot be combined with the others");

    private final String explanation;

    NoValue(String explanation) {
      this.explanation = explanation;
    }

    public String explanation() {
      return explanation;
    }
  }
}
