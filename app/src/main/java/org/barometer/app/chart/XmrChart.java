package org.barometer.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.barometer.core.statistics.Segment;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcTarget;
import org.barometer.core.statistics.SpecialCause;

/**
 * The XmR chart of an SPC analysis, as SVG 1.1: the values with a marker each (colour and shape by
 * special cause), each period's mean, process limits and two-sigma lines, a separator at each
 * recalculation, the target, both icons with their letters, the value axis and a legend.
 */
public final class XmrChart {

  static final double WIDTH = 720;
  private static final double PLOT_HEIGHT = 280;

  private final String id;
  private final SpcResult result;
  private final List<String> labels;
  private final Function<BigDecimal, String> format;
  private final String title;
  private final String description;
  private final boolean hideNegativeLowerLines;

  private XmrChart(
      String id,
      SpcResult result,
      List<String> labels,
      Function<BigDecimal, String> format,
      String title,
      String description,
      boolean hideNegativeLowerLines) {
    this.id = id;
    this.result = result;
    this.labels = labels;
    this.format = format;
    this.title = title;
    this.description = description;
    this.hideNegativeLowerLines = hideNegativeLowerLines;
  }

  /**
   * The chart of an analysis.
   *
   * @param id the prefix of every id in the chart, unique on its page
   * @param labels one label per position of the series, gaps included ("Apr 2016")
   * @param format how a value reads, in the indicator's unit ("80%", "1,250")
   */
  public static XmrChart of(
      String id, SpcResult result, List<String> labels, Function<BigDecimal, String> format) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(format, "format");
    if (labels.size() != result.series().size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for a series of " + result.series().size());
    }
    return new XmrChart(Svg.checkId(id), result, List.copyOf(labels), format, null, null, false);
  }

  /** The same chart with the accessible title given ("Missed bin collections: XmR chart"). */
  public XmrChart withTitle(String title) {
    return new XmrChart(id, result, labels, format, title, description, hideNegativeLowerLines);
  }

  /** The same chart with the accessible description given: the chart's conclusion in words. */
  public XmrChart withDescription(String description) {
    return new XmrChart(id, result, labels, format, title, description, hideNegativeLowerLines);
  }

  /**
   * The same chart without a lower limit or lower two-sigma line below zero, for a measure that
   * cannot be negative (spc.md section 2); the table still gives the limits as calculated.
   */
  public XmrChart withoutNegativeLowerLines() {
    return new XmrChart(id, result, labels, format, title, description, true);
  }

  /** The accessible title: the one given, or the number of values and the periods covered. */
  public String title() {
    return title != null ? title : reading().title();
  }

  /** The accessible description: the one given, or the icons, signals, latest limits, target. */
  public String description() {
    return description != null ? description : reading().description();
  }

  /** The chart's numbers, one row per period: value, mean, limits, special cause, target. */
  public ChartTable table() {
    return reading().table(title());
  }

  /** The chart as a standalone SVG element, the same for a page and a PDF. */
  public String svg() {
    boolean limits = result.segments().stream().anyMatch(Segment::limitsShown);
    XmrKey key = new XmrKey(result);
    Legend legend = key.legend(limits);
    NiceScale scale = NiceScale.spanning(drawn(), 6, format);
    double top = 64;
    double bottom = top + PLOT_HEIGHT;
    Plot plot =
        new Plot(
            Plot.leftMargin(scale, format), top, WIDTH - 28, bottom, labels.size(), scale, format);
    double height = bottom + 46 + legend.height(WIDTH - 32);
    Svg svg = Svg.root(id, WIDTH, height, title(), description());
    plot.drawAxes(svg, labels);
    drawTarget(svg, plot);
    for (Segment segment : result.segments()) {
      drawPeriod(svg, plot, segment);
    }
    drawPoints(svg, plot);
    key.drawIcons(svg, WIDTH);
    legend.draw(svg, 16, bottom + 46, WIDTH - 32);
    return svg.finish();
  }

  private XmrReading reading() {
    return new XmrReading(result, labels, format);
  }

  private void drawTarget(Svg svg, Plot plot) {
    SpcTarget target = result.target();
    int last = labels.size() - 1;
    if (target instanceof SpcTarget.Single) {
      plot.drawLevel(svg, 0, last, ((SpcTarget.Single) target).value(), "target", Styles.TARGET);
    } else if (target instanceof SpcTarget.Range) {
      SpcTarget.Range range = (SpcTarget.Range) target;
      double high = plot.y(range.high());
      svg.empty(
          "rect",
          "class",
          "target-band",
          "x",
          Svg.num(plot.left()),
          "y",
          Svg.num(high),
          "width",
          Svg.num(plot.right() - plot.left()),
          "height",
          Svg.num(plot.y(range.low()) - high),
          "fill",
          Palette.TARGET_BAND);
      plot.drawLevel(svg, 0, last, range.low(), "target", Styles.TARGET);
      plot.drawLevel(svg, 0, last, range.high(), "target", Styles.TARGET);
    }
  }

  private void drawPeriod(Svg svg, Plot plot, Segment segment) {
    int from = segment.firstIndex();
    int to = segment.lastIndex();
    if (from > 0) {
      plot.drawSeparator(svg, from, "recalculation");
    }
    svg.open(
        "g",
        "class",
        "period",
        "data-first",
        Integer.toString(from),
        "data-last",
        Integer.toString(to));
    if (segment.limitsShown()) {
      if (shown(segment.lowerTwoSigma())) {
        plot.drawLevel(svg, from, to, segment.lowerTwoSigma(), "two-sigma", Styles.TWO_SIGMA);
      }
      plot.drawLevel(svg, from, to, segment.upperTwoSigma(), "two-sigma", Styles.TWO_SIGMA);
      if (shown(segment.lowerLimit())) {
        plot.drawLevel(svg, from, to, segment.lowerLimit(), "limit lower-limit", Styles.LIMIT);
      }
      plot.drawLevel(svg, from, to, segment.upperLimit(), "limit upper-limit", Styles.LIMIT);
    }
    if (segment.mean() != null) {
      plot.drawLevel(svg, from, to, segment.mean(), "mean", Styles.MEAN);
    }
    plot.drawLine(svg, from, to, result.series()::value, "values", Styles.VALUES);
    svg.close("g");
  }

  /** Whether a lower line is drawn: always, unless it is below zero and asked to be hidden. */
  private boolean shown(BigDecimal lowerLine) {
    return lowerLine != null && (!hideNegativeLowerLines || lowerLine.signum() >= 0);
  }

  private void drawPoints(Svg svg, Plot plot) {
    XmrReading reading = reading();
    svg.open("g", "class", "points");
    for (int i = 0; i < labels.size(); i++) {
      BigDecimal value = result.series().value(i);
      if (value == null) {
        continue;
      }
      Segment segment = result.segmentOf(i);
      SpecialCause cause = result.specialCause(i);
      boolean judged = segment.limitsShown();
      Marker marker = judged ? SpcLook.marker(cause) : Marker.CIRCLE;
      String fill = judged ? cause.colour() : Palette.SECONDARY;
      String css = "point point-" + (judged ? cause.key() : "unjudged");
      String tip = labels.get(i) + ": " + format.apply(value) + ". " + reading.cause(i, segment);
      double size = plot.markerSize(judged && cause != SpecialCause.NONE ? 6 : 4.5);
      marker.draw(svg, plot.x(i), plot.y(value), size, fill, Palette.TEXT, css, tip);
    }
    svg.close("g");
  }

  /** Every value the chart draws: values, means, limits, lower two-sigma lines and target. */
  private List<BigDecimal> drawn() {
    List<BigDecimal> drawn = new ArrayList<>(result.series().values());
    for (Segment segment : result.segments()) {
      drawn.add(segment.mean());
      drawn.add(shown(segment.lowerLimit()) ? segment.lowerLimit() : null);
      drawn.add(shown(segment.lowerTwoSigma()) ? segment.lowerTwoSigma() : null);
      drawn.add(segment.upperLimit());
    }
    SpcTarget target = result.target();
    if (target instanceof SpcTarget.Single) {
      drawn.add(((SpcTarget.Single) target).value());
    } else if (target instanceof SpcTarget.Range) {
      drawn.add(((SpcTarget.Range) target).low());
      drawn.add(((SpcTarget.Range) target).high());
    }
    return drawn;
  }
}
