package org.barometer.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.barometer.app.chart.TrendChart.Band;
import org.barometer.app.chart.TrendChart.Data;
import org.barometer.app.chart.TrendChart.Level;
import org.barometer.app.chart.TrendChart.Point;
import org.barometer.app.chart.TrendChart.Status;

/** Draws a trend chart: target first, then the values, the markers, the forecast, the legend. */
final class TrendDrawing {

  private static final double PLOT_HEIGHT = 260;
  private static final double TOP = 24;

  private final String id;
  private final Data data;
  private final Function<BigDecimal, String> format;
  private final String title;
  private final String description;
  private final TrendReading reading;
  private final List<String> labels;

  TrendDrawing(
      String id, Data data, Function<BigDecimal, String> format, String title, String desc) {
    this.id = id;
    this.data = data;
    this.format = format;
    this.title = title;
    this.description = desc;
    this.reading = new TrendReading(data, format);
    this.labels = reading.labels();
  }

  String svg() {
    Legend legend = legend();
    NiceScale scale = NiceScale.spanning(drawn(), 6, format);
    double bottom = TOP + PLOT_HEIGHT;
    double width = XmrChart.WIDTH;
    Plot plot =
        new Plot(
            Plot.leftMargin(scale, format), TOP, width - 28, bottom, labels.size(), scale, format);
    Svg svg = Svg.root(id, width, bottom + 46 + legend.height(width - 32), title, description);
    plot.drawAxes(svg, labels);
    drawTargets(svg, plot);
    plot.drawLine(svg, 0, data.points().size() - 1, this::value, "values", Styles.VALUES);
    drawForecast(svg, plot);
    drawPoints(svg, plot);
    legend.draw(svg, 16, bottom + 46, width - 32);
    return svg.finish();
  }

  private BigDecimal value(int index) {
    return data.points().get(index).value();
  }

  /** The target as lines through each run of single values, and bands for each run of bands. */
  private void drawTargets(Svg svg, Plot plot) {
    List<Point> points = data.points();
    int start = 0;
    while (start < points.size()) {
      Class<?> kind = points.get(start).target().getClass();
      int end = start;
      while (end + 1 < points.size() && points.get(end + 1).target().getClass() == kind) {
        end++;
      }
      if (kind == Level.class) {
        drawLevels(svg, plot, start, end);
      } else if (kind == Band.class) {
        drawBand(svg, plot, start, end);
      }
      start = end + 1;
    }
  }

  private void drawLevels(Svg svg, Plot plot, int from, int to) {
    svg.polyline("target", through(plot, from, to, this::level), Styles.TARGET);
  }

  private void drawBand(Svg svg, Plot plot, int from, int to) {
    String high = through(plot, from, to, i -> band(i).high());
    String low = through(plot, from, to, i -> band(i).low());
    String[] lowPoints = low.split(" ");
    StringBuilder area = new StringBuilder(high);
    for (int i = lowPoints.length - 1; i >= 0; i--) {
      area.append(' ').append(lowPoints[i]);
    }
    svg.empty(
        "polygon", "class", "target-band", "points", area.toString(), "fill", Palette.TARGET_BAND);
    svg.polyline("target", high, Styles.TARGET);
    svg.polyline("target", low, Styles.TARGET);
  }

  private BigDecimal level(int index) {
    return ((Level) data.points().get(index).target()).value();
  }

  private Band band(int index) {
    return (Band) data.points().get(index).target();
  }

  /**
   * Points through the centre of each period from {@code from} to {@code to}, with the line carried
   * flat to the outer edges of the first and last period.
   */
  private static String through(Plot plot, int from, int to, IntFunction<BigDecimal> value) {
    double[] xy = new double[2 * (to - from + 3)];
    xy[0] = plot.edge(from);
    xy[1] = plot.y(value.apply(from));
    int k = 2;
    for (int i = from; i <= to; i++) {
      xy[k++] = plot.x(i);
      xy[k++] = plot.y(value.apply(i));
    }
    xy[k++] = plot.edge(to + 1);
    xy[k] = plot.y(value.apply(to));
    return Svg.points(xy);
  }

  private void drawForecast(Svg svg, Plot plot) {
    int latest = reading.latest();
    int at = reading.forecastIndex();
    if (at < 0) {
      return;
    }
    BigDecimal forecast = data.forecast().value();
    double x = plot.x(at);
    double y = plot.y(forecast);
    svg.open("g", "class", "forecast");
    svg.title("Forecast for " + data.forecast().label() + ": " + format.apply(forecast));
    if (latest >= 0 && latest < at) {
      svg.polyline(
          "forecast-line",
          Svg.points(plot.x(latest), plot.y(value(latest)), x, y),
          Styles.FORECAST);
    }
    Marker.DIAMOND.draw(svg, x, y, 6.5, Palette.WHITE, Palette.FORECAST, "forecast-marker", null);
    double labelY = forecastLabelAbove(plot, at, y) ? y - 13 : y + 23;
    double labelX = Math.min(x, plot.right() - 30);
    for (String stroke : new String[] {Palette.WHITE, "none"}) {
      svg.label(
          "forecast",
          labelX,
          labelY,
          "middle",
          Plot.FONT_SIZE,
          Palette.FORECAST,
          "stroke",
          stroke,
          "stroke-width",
          "4",
          "stroke-linejoin",
          "round");
    }
    svg.close("g");
  }

  /**
   * Whether the forecast's label goes above its marker: away from the target at its period, and
   * inside the plot.
   */
  private boolean forecastLabelAbove(Plot plot, int at, double y) {
    if (y - plot.top() < 24) {
      return false;
    }
    if (plot.bottom() - y < 28) {
      return true;
    }
    if (at < data.points().size()) {
      TrendChart.Target target = data.points().get(at).target();
      if (target instanceof Level) {
        return plot.y(((Level) target).value()) > y;
      }
    }
    return true;
  }

  private void drawPoints(Svg svg, Plot plot) {
    svg.open("g", "class", "points");
    for (int i = 0; i < data.points().size(); i++) {
      Point point = data.points().get(i);
      if (point.value() == null) {
        continue;
      }
      Status status = point.status();
      String tip = point.label() + ": " + format.apply(point.value()) + ", " + status.word();
      String target = reading.target(point.target());
      if (!target.isEmpty()) {
        tip += ", target " + target;
      }
      double size = plot.markerSize(status == Status.NONE ? 4 : 6);
      status
          .marker()
          .draw(
              svg,
              plot.x(i),
              plot.y(point.value()),
              size,
              status.colour(),
              Palette.TEXT,
              "point status-" + status.name().toLowerCase(),
              tip);
    }
    svg.close("g");
  }

  private Legend legend() {
    Set<Status> statuses = EnumSet.noneOf(Status.class);
    boolean level = false;
    boolean band = false;
    for (Point point : data.points()) {
      if (point.value() != null) {
        statuses.add(point.status());
      }
      level |= point.target() instanceof Level;
      band |= point.target() instanceof Band;
    }
    Legend legend = new Legend();
    for (Status status : statuses) {
      legend.marker(status.word(), status.marker(), status.colour());
    }
    if (level) {
      legend.line("Target", Styles.TARGET);
    }
    if (band) {
      legend.band("Target range", Palette.TARGET_BAND, Palette.TARGET);
    }
    if (data.forecast() != null) {
      legend.line("Forecast", Styles.FORECAST);
    }
    return legend;
  }

  private List<BigDecimal> drawn() {
    List<BigDecimal> drawn = new ArrayList<>();
    for (Point point : data.points()) {
      drawn.add(point.value());
      if (point.target() instanceof Level) {
        drawn.add(((Level) point.target()).value());
      } else if (point.target() instanceof Band) {
        drawn.add(((Band) point.target()).low());
        drawn.add(((Band) point.target()).high());
      }
    }
    if (data.forecast() != null) {
      drawn.add(data.forecast().value());
    }
    return drawn;
  }
}
