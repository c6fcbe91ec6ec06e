package org.barometer.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The plotting area of a chart over a row of evenly spaced periods: where a period and a value
 * fall, the axes with their labels, and lines that break at every missing value.
 */
final class Plot {

  static final double FONT_SIZE = 12;

  private final double left;
  private final double top;
  private final double right;
  private final double bottom;
  private final int slots;
  private final NiceScale scale;
  private final Function<BigDecimal, String> format;

  Plot(
      double left,
      double top,
      double right,
      double bottom,
      int slots,
      NiceScale scale,
      Function<BigDecimal, String> format) {
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
    this.slots = Math.max(1, slots);
    this.scale = scale;
    this.format = format;
  }

  /** The width of the left margin that the value axis's labels need. */
  static double leftMargin(NiceScale scale, Function<BigDecimal, String> format) {
    int longest = 0;
    for (BigDecimal tick : scale.ticks()) {
      longest = Math.max(longest, format.apply(tick).length());
    }
    return Math.max(40, textWidth(longest, FONT_SIZE) + 16);
  }

  /** A generous estimate of the width of a text in Arial. */
  static double textWidth(int characters, double fontSize) {
    return characters * fontSize * 0.6;
  }

  double slot() {
    return (right - left) / slots;
  }

  /**
   * A marker's half width: the size wanted, made smaller when periods are so narrow that markers
   * would overlap, but never smaller than can still show its shape.
   */
  double markerSize(double wanted) {
    return Math.max(2.5, Math.min(wanted, slot() * 0.4));
  }

  /** The centre of a period. */
  double x(int index) {
    return left + (index + 0.5) * slot();
  }

  /** The left edge of a period's slot. */
  double edge(int index) {
    return left + index * slot();
  }

  double y(BigDecimal value) {
    double lower = scale.lower().doubleValue();
    double upper = scale.upper().doubleValue();
    return bottom - (value.doubleValue() - lower) / (upper - lower) * (bottom - top);
  }

  double left() {
    return left;
  }

  double right() {
    return right;
  }

  double top() {
    return top;
  }

  double bottom() {
    return bottom;
  }

  /** Gridlines and labels at the value axis's ticks, and the axis lines. */
  void drawAxes(Svg svg, List<String> labels) {
    svg.open("g", "class", "axis-y");
    for (BigDecimal tick : scale.ticks()) {
      double y = y(tick);
      svg.line(left, y, right, y, "stroke", Palette.GRID, "stroke-width", "1");
      svg.label(format.apply(tick), left - 8, y + 4, "end", FONT_SIZE, Palette.TEXT);
    }
    svg.close("g");
    svg.open("g", "class", "axis-x");
    svg.line(left, bottom, right, bottom, "stroke", Palette.SECONDARY, "stroke-width", "1");
    int every = labelEvery(labels);
    int last = labels.size() - 1;
    for (int i = 0; i < labels.size(); i++) {
      double x = x(i);
      svg.line(
          x,
          bottom,
          x,
          bottom + ((last - i) % every == 0 ? 5 : 3),
          "stroke",
          Palette.SECONDARY,
          "stroke-width",
          "1");
      if ((last - i) % every == 0) {
        svg.label(labels.get(i), x, bottom + 20, "middle", FONT_SIZE, Palette.TEXT);
      }
    }
    svg.close("g");
  }

  /**
   * Every how many periods a label fits without touching its neighbours; labels are counted back
   * from the latest period, which always has its label.
   */
  private int labelEvery(List<String> labels) {
    int longest = 1;
    for (String label : labels) {
      longest = Math.max(longest, label.length());
    }
    double needed = textWidth(longest, FONT_SIZE) + 10;
    return Math.max(1, (int) Math.ceil(needed / slot()));
  }

  /**
   * A line through the values of the periods {@code from} to {@code to}, broken wherever a value is
   * missing: one polyline for each run of two or more values.
   */
  void drawLine(
      Svg svg, int from, int to, IntFunction<BigDecimal> value, String cssClass, String... style) {
    List<String> run = new ArrayList<>();
    for (int i = from; i <= to + 1; i++) {
      BigDecimal v = i <= to ? value.apply(i) : null;
      if (v != null) {
        run.add(Svg.num(x(i)) + "," + Svg.num(y(v)));
      } else {
        if (run.size() > 1) {
          svg.polyline(cssClass, String.join(" ", run), style);
        }
        run.clear();
      }
    }
  }

  /** A horizontal line at a value across the slots of periods {@code from} to {@code to}. */
  void drawLevel(Svg svg, int from, int to, BigDecimal value, String cssClass, String... style) {
    double y = y(value);
    svg.polyline(cssClass, Svg.points(edge(from), y, edge(to + 1), y), style);
  }

  /** A vertical separator before a period. */
  void drawSeparator(Svg svg, int index, String cssClass) {
    double x = edge(index);
    svg.polyline(cssClass, Svg.points(x, top, x, bottom), Styles.SEPARATOR);
  }
}
