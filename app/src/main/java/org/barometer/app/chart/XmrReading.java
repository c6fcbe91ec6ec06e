package org.barometer.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barometer.core.statistics.Segment;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcRule;
import org.barometer.core.statistics.SpcTarget;
import org.barometer.core.statistics.SpecialCause;

/** An XmR chart in words: its default description, and its numbers as a table. */
final class XmrReading {

  static final String NO_FIGURE = "No figure";

  private final SpcResult result;
  private final List<String> labels;
  private final Function<BigDecimal, String> format;

  XmrReading(SpcResult result, List<String> labels, Function<BigDecimal, String> format) {
    this.result = result;
    this.labels = labels;
    this.format = format;
  }

  /** The default title: what the chart shows, over which periods. */
  String title() {
    return "XmR chart of "
        + result.series().count()
        + " values, "
        + labels.get(0)
        + " to "
        + labels.get(labels.size() - 1);
  }

  /** The default description: the icons' reading, the signals, the latest limits and target. */
  String description() {
    List<String> sentences = new ArrayList<>();
    Segment latest = result.latest();
    if (!latest.limitsShown()) {
      sentences.add(tooFewPoints(latest));
    } else {
      result
          .variationIcon()
          .ifPresent(icon -> sentences.add(icon.label() + " at the latest point"));
      result.assuranceIcon().ifPresent(icon -> sentences.add(icon.label()));
      String signals = signals();
      if (!signals.isEmpty()) {
        sentences.add("Special cause points: " + signals);
      }
      sentences.add(
          "Latest mean "
              + format.apply(latest.mean())
              + ", process limits "
              + format.apply(latest.lowerLimit())
              + " to "
              + format.apply(latest.upperLimit()));
    }
    String target = target();
    if (!target.isEmpty()) {
      sentences.add("Target " + target);
    }
    if (result.segments().size() > 1) {
      sentences.add("Limits recalculated from " + recalculations());
    }
    if (result.hasGaps()) {
      sentences.add("The series has gaps; limits cover contiguous data only");
    }
    return String.join(". ", sentences) + ".";
  }

  private String tooFewPoints(Segment latest) {
    Integer needed = result.settings().minimumPoints();
    String mean = latest.mean() == null ? "" : ", their mean " + format.apply(latest.mean());
    return "Too few points for process limits: "
        + latest.points()
        + " values"
        + (needed == null ? "" : " of the " + needed + " needed")
        + ". The chart shows the values"
        + mean
        + " and any target, without limits or signals";
  }

  private String signals() {
    Map<SpecialCause, Integer> counts = new EnumMap<>(SpecialCause.class);
    for (SpecialCause cause : result.specialCauses()) {
      if (cause != SpecialCause.NONE) {
        counts.merge(cause, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + SpcLook.word(e.getKey()).toLowerCase())
        .collect(Collectors.joining(", "));
  }

  private String recalculations() {
    List<String> starts = new ArrayList<>();
    for (Segment segment : result.segments().subList(1, result.segments().size())) {
      starts.add(labels.get(segment.firstIndex()));
    }
    return String.join(", ", starts);
  }

  /** The target in words: "80%", "20 to 30", or empty. */
  String target() {
    SpcTarget target = result.target();
    if (target instanceof SpcTarget.Single) {
      return format.apply(((SpcTarget.Single) target).value());
    }
    if (target instanceof SpcTarget.Range) {
      SpcTarget.Range range = (SpcTarget.Range) target;
      return format.apply(range.low()) + " to " + format.apply(range.high());
    }
    return "";
  }

  ChartTable table(String caption) {
    List<List<String>> rows = new ArrayList<>();
    String target = target();
    for (int i = 0; i < result.series().size(); i++) {
      Segment segment = result.segmentOf(i);
      BigDecimal value = result.series().value(i);
      rows.add(
          List.of(
              labels.get(i),
              value == null ? NO_FIGURE : format.apply(value),
              orEmpty(segment.mean()),
              orEmpty(segment.lowerLimit()),
              orEmpty(segment.upperLimit()),
              cause(i, segment),
              target));
    }
    return new ChartTable(
        caption,
        List.of("Period", "Value", "Mean", "Lower limit", "Upper limit", "Special cause", "Target"),
        rows);
  }

  /** A point's special cause in words, with the rules that flag it. */
  String cause(int index, Segment segment) {
    if (!result.series().isPresent(index)) {
      return "";
    }
    if (!segment.limitsShown()) {
      return "Not judged: too few points";
    }
    SpecialCause cause = result.specialCause(index);
    if (cause == SpecialCause.NONE) {
      return cause.label();
    }
    return cause.label()
        + ": "
        + result.rules(index).stream().map(SpcRule::description).collect(Collectors.joining("; "));
  }

  private String orEmpty(BigDecimal value) {
    return value == null ? "" : format.apply(value);
  }
}
