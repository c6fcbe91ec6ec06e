package org.barometer.core.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an XmR analysis found: the periods with their limits, each point's signals, the icons. */
public final class SpcResult {

  private final SpcSeries series;
  private final SpcPolarity polarity;
  private final SpcTarget target;
  private final SpcSettings settings;
  private final List<Segment> segments;
  private final int[] flags;
  private final SpecialCause[] causes;
  private final int[] sides;
  private final VariationIcon variationIcon;
  private final AssuranceIcon assuranceIcon;

  SpcResult(
      SpcSeries series,
      SpcPolarity polarity,
      SpcTarget target,
      SpcSettings settings,
      List<Segment> segments,
      int[] flags,
      SpecialCause[] causes,
      int[] sides,
      VariationIcon variationIcon,
      AssuranceIcon assuranceIcon) {
    this.series = series;
    this.polarity = polarity;
    this.target = target;
    this.settings = settings;
    this.segments = Collections.unmodifiableList(segments);
    this.flags = flags;
    this.causes = causes;
    this.sides = sides;
    this.variationIcon = variationIcon;
    this.assuranceIcon = assuranceIcon;
  }

  public SpcSeries series() {
    return series;
  }

  public SpcPolarity polarity() {
    return polarity;
  }

  public SpcTarget target() {
    return target;
  }

  public SpcSettings settings() {
    return settings;
  }

  /** The periods, oldest first; the last is the latest period. */
  public List<Segment> segments() {
    return segments;
  }

  /** The latest period, whose mean and limits the icons are read against. */
  public Segment latest() {
    return segments.get(segments.size() - 1);
  }

  /** The period a point belongs to. */
  public Segment segmentOf(int index) {
    for (Segment segment : segments) {
      if (segment.contains(index)) {
        return segment;
      }
    }
    throw new IndexOutOfBoundsException(index);
  }

  /** What a point shows; {@link SpecialCause#NONE} for a gap or a point without limits. */
  public SpecialCause specialCause(int index) {
    return causes[index];
  }

  /** Every point's special cause, oldest first. */
  public List<SpecialCause> specialCauses() {
    return List.of(causes);
  }

  /** The side of the mean the point's deciding signal lies on: 1 high, -1 low, 0 none. */
  public int side(int index) {
    return sides[index];
  }

  /** The rules that flag a point, whatever the conflict rule then made of them. */
  public Set<SpcRule> rules(int index) {
    Set<SpcRule> rules = EnumSet.noneOf(SpcRule.class);
    for (SpcRule rule : SpcRule.values()) {
      if ((flags[index] & (rule.high() | rule.low())) != 0) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /** Whether a rule flags a point on a side (1 high, -1 low). */
  public boolean flags(int index, SpcRule rule, int side) {
    return (flags[index] & rule.bit(side)) != 0;
  }

  /** The variation icon, empty when there are too few points for limits. */
  public Optional<VariationIcon> variationIcon() {
    return Optional.ofNullable(variationIcon);
  }

  /**
   * The assurance icon, empty without a target, for polarity "neither" with a single target, or
   * with too few points.
   */
  public Optional<AssuranceIcon> assuranceIcon() {
    return Optional.ofNullable(assuranceIcon);
  }

  /** The index of the latest value present. */
  public int lastPoint() {
    for (int i = series.size() - 1; i >= 0; i--) {
      if (series.isPresent(i)) {
        return i;
      }
    }
    throw new IllegalStateException("A series holds at least one value");
  }

  /** Whether the series has a gap, so limits cover contiguous data only. */
  public boolean hasGaps() {
    return series.count() < series.size();
  }

  /** The indices of the points a rule flags, on either side. */
  public List<Integer> flagged(SpcRule rule) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < flags.length; i++) {
      if ((flags[i] & (rule.high() | rule.low())) != 0) {
        indices.add(i);
      }
    }
    return indices;
  }
}
