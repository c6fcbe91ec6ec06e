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
    if (result.latest().points() == 0) {
      return "The latest period has no values yet: no mean, limits, colours or icons until it has";
    }
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

  /**
   * Remarks a reader needs, positions named by index ("index 14"): what is not shown and why, and
   * what shaped the limits.
   */
  public List<String> notes() {
    return notes(
        new Naming() {
          @Override
          public String starts(List<Integer> indices) {
            List<String> words = indices.stream().map(String::valueOf).toList();
            return (indices.size() == 1 ? "index " : "indices ") + String.join(", ", words);
          }

          @Override
          public String span(int first, int last) {
            return "at indices " + first + " to " + last;
          }
        });
  }

  /**
   * The same remarks, positions named by their labels ("Apr 2014"), one label per position of the
   * series.
   */
  public List<String> notes(List<String> labels) {
    if (labels.size() != result.series().size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for a series of " + result.series().size());
    }
    return notes(
        new Naming() {
          @Override
          public String starts(List<Integer> indices) {
            return String.join(", ", indices.stream().map(labels::get).toList());
          }

          @Override
          public String span(int first, int last) {
            return labels.get(first) + " to " + labels.get(last);
          }
        });
  }

  /** How the notes name positions of the series. */
  private interface Naming {
    /** Where new periods start: {@code index 14}, {@code Apr 2014, Apr 2016}. */
    String starts(List<Integer> indices);

    /** A period: {@code at indices 0 to 14}, {@code Apr 2012 to Mar 2014}. */
    String span(int first, int last);
  }

  private List<String> notes(Naming naming) {
    List<String> notes = new ArrayList<>();
    SpcSettings settings = result.settings();
    List<Segment> segments = result.segments();
    Segment latest = result.latest();
    if (!latest.limitsShown() && settings.minimumPoints() != null) {
      notes.add(
          "Fewer than "
              + settings.minimumPoints()
              + " points"
              + (segments.size() > 1 ? " in the latest period" : "")
              + " ("
              + latest.limitPoints()
              + "): limits, colours and icons are not shown");
    }
    int missing = result.series().size() - result.series().count();
    if (missing > 0) {
      notes.add(
          "The series has "
              + (missing == 1 ? "a gap" : missing + " gaps")
              + ": moving ranges are not taken across a gap, so the limits cover contiguous"
              + " data only");
    }
    if (!settings.recalculateAt().isEmpty()) {
      notes.add(
          "The limits are recalculated from "
              + naming.starts(settings.recalculateAt())
              + ": each point is judged against its own period's mean and limits, and runs of"
              + " points "
              + (settings.multiPointRulesCrossRecalculations() ? "may span" : "stop at")
              + " a recalculation");
    }
    if (settings.baselinePoints() != null) {
      notes.add(
          "The first period's mean and limits come from its first "
              + settings.baselinePoints()
              + " points (the baseline) and are extended to its later points");
    }
    if (settings.fixAfterNPoints() != null) {
      notes.add(
          "Each period's mean and limits come from its first "
              + settings.fixAfterNPoints()
              + " points, once it has that many");
    }
    boolean periods = segments.size() > 1;
    for (int p = 0; p < segments.size(); p++) {
      Segment segment = segments.get(p);
      String which =
          periods
              ? "In the period " + naming.span(segment.firstIndex(), segment.lastIndex()) + ", "
              : "";
      if (segment.points() == 0) {
        notes.add(which + "there are no values: no mean and no limits");
        continue;
      }
      if (periods && p < segments.size() - 1 && !segment.limitsShown()) {
        notes.add(
            which
                + "there are fewer than "
                + settings.minimumPoints()
                + " points: its limits and colours are not shown");
      }
      if (segment.screenedOut() > 0) {
        notes.add(
            upperFirst(
                which
                    + segment.screenedOut()
                    + (segment.screenedOut() == 1 ? " moving range was" : " moving ranges were")
                    + " at least 3.267 times the average and left out of it"));
      }
      if (segment.limitsShown() && segment.upperLimit().compareTo(segment.mean()) == 0) {
        notes.add(
            upperFirst(
                which
                    + "every moving range is zero: "
                    + (periods ? "its" : "the")
                    + " limits lie on the mean"));
      }
    }
    if (result.polarity() == SpcPolarity.NEITHER) {
      notes.add(
          "Polarity neither: every signal is special cause \"neither\", neither improvement nor"
              + " concern");
    }
    if (latest.limitsShown()) {
      if (result.target() == SpcTarget.none()) {
        notes.add("No target: no assurance icon");
      } else if (result.polarity() == SpcPolarity.NEITHER
          && result.target() instanceof SpcTarget.Single) {
        notes.add(
            "Polarity neither with a single target: no assurance icon; give a target range to"
                + " stay within instead");
      }
    }
    return List.copyOf(notes);
  }

  private static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
