package org.barometer.core.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plain-English reading of an analysis, for pages, charts and reports: "Special cause concern:
 * 6 points in a row below the mean; the target of 80% lies between the process limits (71% to 89%),
 * so it will be hit and missed at random."
 */
public final class SpcReading {

  private final SpcResult result;
  private final Function<BigDecimal, String> format;

  private SpcReading(SpcResult result, Function<BigDecimal, String> format) {
    this.result = result;
    this.format = format;
  }

  /**
   * The reading of a result.
   *
   * @param format writes a value as the page shows it, such as {@code 80%} or {@code 1,250}
   */
  public static SpcReading of(SpcResult result, Function<BigDecimal, String> format) {
    return new SpcReading(result, format);
  }

  /** The reading with values written plainly, up to four decimals. */
  public static SpcReading of(SpcResult result) {
    return of(result, SpcReading::plain);
  }

  private static String plain(BigDecimal value) {
    BigDecimal rounded =
        value.setScale(Math.min(4, Math.max(0, value.scale())), java.math.RoundingMode.HALF_UP);
    return rounded.stripTrailingZeros().toPlainString();
  }

  /** Both readings in one sentence. */
  public String summary() {
    Optional<String> assurance = assurance();
    return variation() + assurance.map(text -> "; " + lowerFirst(text)).orElse("") + ".";
  }

  /** What the latest point shows, with the rule and run behind it. */
  public String variation() {
    Segment latest = result.segmentOf(result.lastPoint());
    if (!latest.limitsShown()) {
      Integer needed = result.settings().minimumPoints();
      return "Too few points for process limits: "
          + latest.limitPoints()
          + " of the "
          + needed
          + " needed, so only the values and the mean are shown, without limits, colours or icons";
    }
    int last = result.lastPoint();
    SpecialCause cause = result.specialCause(last);
    if (cause == SpecialCause.NONE) {
      return "Common cause variation: no special cause in the latest point; the process runs"
          + " between "
          + format.apply(latest.lowerLimit())
          + " and "
          + format.apply(latest.upperLimit())
          + " around a mean of "
          + format.apply(latest.mean());
    }
    int side = result.side(last);
    String label =
        cause == SpecialCause.NEITHER
            ? "Special cause (neither improvement nor concern)"
            : cause.label();
    return label + ": " + because(last, side, latest);
  }

  private String because(int last, int side, Segment latest) {
    for (SpcRule rule : SpcRule.values()) {
      if (!result.flags(last, rule, side)) {
        continue;
      }
      switch (rule) {
        case OUTSIDE_LIMITS:
          return "the latest point, "
              + format.apply(result.series().value(last))
              + ", is "
              + (side > 0
                  ? "above the upper process limit of " + format.apply(latest.upperLimit())
                  : "below the lower process limit of " + format.apply(latest.lowerLimit()));
        case TREND:
          return run(last, rule, side) + " points in a row " + (side > 0 ? "rising" : "falling");
        case TWO_OF_THREE:
          return "2 of the last 3 points "
              + (side > 0 ? "above the upper" : "below the lower")
              + " two-sigma line";
        default:
          return run(last, rule, side)
              + " points in a row "
              + (side > 0 ? "above" : "below")
              + " the mean";
      }
    }
    throw new IllegalStateException("A special cause has a rule");
  }

  private int run(int last, SpcRule rule, int side) {
    int count = 0;
    for (int i = last; i >= 0 && result.flags(i, rule, side); i--) {
      count++;
    }
    return count;
  }

  /** What the assurance icon says, or empty when there is none. */
  public Optional<String> assurance() {
    Optional<AssuranceIcon> icon = result.assuranceIcon();
    if (icon.isEmpty()) {
      return Optional.empty();
    }
    Segment latest = result.latest();
    String limits =
        "(" + format.apply(latest.lowerLimit()) + " to " + format.apply(latest.upperLimit()) + ")";
    SpcTarget target = result.target();
    if (target instanceof SpcTarget.Range) {
      SpcTarget.Range range = (SpcTarget.Range) target;
      String wording =
          "the target range " + format.apply(range.low()) + " to " + format.apply(range.high());
      switch (icon.get()) {
        case PASS:
          return Optional.of(
              "The process limits "
                  + limits
                  + " lie inside "
                  + wording
                  + ", so it will consistently be met");
        case FAIL:
          return Optional.of(
              "The process limits "
                  + limits
                  + " lie wholly outside "
                  + wording
                  + ", so it will consistently be missed unless the process changes");
        default:
          return Optional.of(
              "The process limits "
                  + limits
                  + " reach beyond "
                  + wording
                  + ", so it will be hit and missed at random");
      }
    }
    String wording = "The target of " + format.apply(((SpcTarget.Single) target).value());
    String at = result.settings().profile().assuranceInclusive() ? "at or " : "";
    boolean higher = result.polarity() == SpcPolarity.HIGHER_IS_BETTER;
    switch (icon.get()) {
      case PASS:
        return Optional.of(
            wording
                + " lies "
                + at
                + (higher
                    ? "below the lower process limit of " + format.apply(latest.lowerLimit())
                    : "above the upper process limit of " + format.apply(latest.upperLimit()))
                + ", so it will consistently be met");
      case FAIL:
        return Optional.of(
            wording
                + " lies "
                + at
                + (higher
                    ? "above the upper process limit of " + format.apply(latest.upperLimit())
                    : "below the lower process limit of " + format.apply(latest.lowerLimit()))
                + ", so it will consistently be missed unless the process changes");
      default:
        return Optional.of(
            wording
                + " lies between the process limits "
                + limits
                + ", so it will be hit and missed at random");
    }
  }

  /** Remarks a reader needs: gaps, recalculations, baselines, screened moving ranges. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (result.hasGaps()) {
      notes.add(
          "The series has missing values: moving ranges and runs are not counted across a gap,"
              + " so the limits cover contiguous data only.");
    }
    int periods = result.segments().size();
    if (periods > 1) {
      notes.add(
          "The limits were recalculated "
              + (periods - 1)
              + (periods == 2 ? " time" : " times")
              + "; each point is judged against its own period's mean and limits.");
    }
    SpcSettings settings = result.settings();
    if (settings.baselinePoints() != null) {
      notes.add(
          "The first period's limits come from its first "
              + result.segments().get(0).limitPoints()
              + " points (the baseline) and are extended to the later points.");
    }
    if (settings.fixAfterNPoints() != null) {
      notes.add(
          "Each period's limits are fixed from its first "
              + settings.fixAfterNPoints()
              + " points.");
    }
    int screened = 0;
    for (Segment segment : result.segments()) {
      screened += segment.screenedOut();
    }
    if (screened > 0) {
      notes.add(
          screened
              + (screened == 1 ? " moving range was" : " moving ranges were")
              + " left out of the limits as outliers (not below 3.267 times the average).");
    }
    if (result.assuranceIcon().isEmpty()
        && result.target() instanceof SpcTarget.Single
        && result.polarity() == SpcPolarity.NEITHER) {
      notes.add(
          "No assurance icon: a single target says nothing of a measure where neither direction is"
              + " better; give a target range instead.");
    }
    return notes;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
