package org.barometer.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A small line of the latest values for a table cell, as SVG 1.1: broken at missing values, the
 * latest value marked, and its first, latest, lowest and highest values in words as its accessible
 * name.
 */
public final class Sparkline {

  static final double WIDTH = 120;
  static final double HEIGHT = 30;
  private static final double PAD = 4;

  private final List<String> labels;
  private final List<BigDecimal> values;
  private final Function<BigDecimal, String> format;

  private Sparkline(
      List<String> labels, List<BigDecimal> values, Function<BigDecimal, String> format) {
    this.labels = labels;
    this.values = values;
    this.format = format;
  }

  /**
   * The sparkline of a series.
   *
   * @param labels one label per value ("Apr 2016")
   * @param values the values, oldest first, a null for a missing one
   * @param format how a value reads, in the indicator's unit
   */
  public static Sparkline of(
      List<String> labels, List<BigDecimal> values, Function<BigDecimal, String> format) {
    Objects.requireNonNull(format, "format");
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + values.size() + " values");
    }
    return new Sparkline(List.copyOf(labels), new ArrayList<>(values), format);
  }

  /** The same sparkline over its latest {@code count} periods only. */
  public Sparkline last(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("A sparkline shows at least one period: " + count);
    }
    int from = Math.max(0, values.size() - count);
    return new Sparkline(
        labels.subList(from, labels.size()), values.subList(from, values.size()), format);
  }

  /**
   * Its accessible name: "From 80% in Apr 2016 to 75% in Nov 2016; lowest 70% in Jun 2016, highest
   * 85% in Sep 2016".
   */
  public String summary() {
    int first = -1;
    int last = -1;
    int lowest = -1;
    int highest = -1;
    for (int i = 0; i < values.size(); i++) {
      BigDecimal value = values.get(i);
      if (value == null) {
        continue;
      }
      first = first < 0 ? i : first;
      last = i;
      lowest = lowest < 0 || value.compareTo(values.get(lowest)) < 0 ? i : lowest;
      highest = highest < 0 || value.compareTo(values.get(highest)) > 0 ? i : highest;
    }
    if (first < 0) {
      return "No figures";
    }
    if (first == last) {
      return "One figure: " + at(first);
    }
    return "From "
        + at(first)
        + " to "
        + at(last)
        + "; lowest "
        + at(lowest)
        + ", highest "
        + at(highest)
        + gaps();
  }

  private String at(int index) {
    return format.apply(values.get(index)) + " in " + labels.get(index);
  }

  private String gaps() {
    long missing = values.stream().filter(Objects::isNull).count();
    if (missing == 0) {
      return "";
    }
    return "; " + missing + (missing == 1 ? " period" : " periods") + " without a figure";
  }

  /** Its numbers, one row per period. */
  public ChartTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      BigDecimal value = values.get(i);
      rows.add(List.of(labels.get(i), value == null ? XmrReading.NO_FIGURE : format.apply(value)));
    }
    return new ChartTable(summary(), List.of("Period", "Value"), rows);
  }

  /** The sparkline as an inline SVG element, 120 by 30. */
  public String svg() {
    String summary = summary();
    Svg svg = new Svg();
    svg.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "version",
        "1.1",
        "width",
        Svg.num(WIDTH),
        "height",
        Svg.num(HEIGHT),
        "viewBox",
        "0 0 " + Svg.num(WIDTH) + " " + Svg.num(HEIGHT),
        "role",
        "img",
        "aria-label",
        summary,
        "class",
        "sparkline");
    svg.title(summary);
    NiceScale scale = NiceScale.tight(values);
    Plot plot = new Plot(PAD, PAD, WIDTH - PAD, HEIGHT - PAD, values.size(), scale, format);
    plot.drawLine(svg, 0, values.size() - 1, values::get, "values", Styles.SPARKLINE);
    drawLonePoints(svg, plot);
    int last = lastPresent();
    if (last >= 0) {
      svg.empty(
          "circle",
          "class",
          "latest",
          "cx",
          Svg.num(plot.x(last)),
          "cy",
          Svg.num(plot.y(values.get(last))),
          "r",
          "3",
          "fill",
          Palette.TEXT);
    }
    return svg.finish();
  }

  /** A dot for each value with no neighbour, which no line reaches. */
  private void drawLonePoints(Svg svg, Plot plot) {
    for (int i = 0; i < values.size(); i++) {
      boolean alone =
          (i == 0 || values.get(i - 1) == null)
              && (i == values.size() - 1 || values.get(i + 1) == null);
      if (values.get(i) != null && alone) {
        svg.empty(
            "circle",
            "class",
            "lone",
            "cx",
            Svg.num(plot.x(i)),
            "cy",
            Svg.num(plot.y(values.get(i))),
            "r",
            "1.5",
            "fill",
            Palette.SECONDARY);
      }
    }
  }

  private int lastPresent() {
    for (int i = values.size() - 1; i >= 0; i--) {
      if (values.get(i) != null) {
        return i;
      }
    }
    return -1;
  }
}
