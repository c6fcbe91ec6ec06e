package org.barometer.app.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An indicator's figures over time against its target, as SVG 1.1: the values as a line broken at
 * missing months, each marker coloured and shaped by its status (red, amber, green), the target as
 * a line that may vary month by month (a profile) or as a band (a range), and an optional forecast
 * drawn dashed from the latest figure.
 */
public final class TrendChart {

  /**
   * What the chart shows.
   *
   * @param title what the chart shows, its accessible name ("Household waste recycled, 2016/17")
   * @param points the periods, oldest first, including periods still to come (with no value)
   * @param forecast the forecast, or null for none
   */
  public record Data(String title, List<Point> points, Forecast forecast) {
    public Data {
      Objects.requireNonNull(title, "title");
      points = List.copyOf(points);
      if (points.isEmpty()) {
        throw new IllegalArgumentException("A trend chart needs at least one period");
      }
    }
  }

  /**
   * One period.
   *
   * @param label the period's name ("Apr 2016")
   * @param value the figure, or null when there is none (a gap)
   * @param status the figure's status
   * @param target the target for the period
   */
  public record Point(String label, BigDecimal value, Status status, Target target) {
    public Point {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(target, "target");
    }

    /** A period with a figure and nothing else. */
    public static Point of(String label, BigDecimal value) {
      return new Point(label, value, Status.NONE, Target.none());
    }
  }

  /**
   * A forecast figure at a later period.
   *
   * @param label the period forecast ("Mar 2017"): one of the points' labels, or a period after
   *     them
   */
  public record Forecast(String label, BigDecimal value) {
    public Forecast {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A figure's status: each has a shape and a word as well as its GOV.UK colour. */
  public enum Status {
    RED("Red", "#d4351c", Marker.SQUARE),
    AMBER("Amber", "#f47738", Marker.TRIANGLE_UP),
    GREEN("Green", "#00703c", Marker.CIRCLE),
    NONE("Not rated", Palette.WHITE, Marker.CIRCLE);

    private final String word;
    private final String colour;
    private final Marker marker;

    Status(String word, String colour, Marker marker) {
      this.word = word;
      this.colour = colour;
      this.marker = marker;
    }

    public String word() {
      return word;
    }

    public String colour() {
      return colour;
    }

    Marker marker() {
      return marker;
    }
  }

  /** A period's target: none, one value, or a band from low to high. */
  public sealed interface Target {

    static Target none() {
      return NoTarget.INSTANCE;
    }

    static Target of(BigDecimal value) {
      return new Level(value);
    }

    static Target band(BigDecimal low, BigDecimal high) {
      return new Band(low, high);
    }
  }

  /** No target for the period. */
  public enum NoTarget implements Target {
    INSTANCE
  }

  /** One target value. */
  public record Level(BigDecimal value) implements Target {
    public Level {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A target band, low to high inclusive. */
  public record Band(BigDecimal low, BigDecimal high) implements Target {
    public Band {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("The band's low " + low + " is above its high " + high);
      }
    }
  }

  private final String id;
  private final Data data;
  private final Function<BigDecimal, String> format;
  private final String description;

  private TrendChart(
      String id, Data data, Function<BigDecimal, String> format, String description) {
    this.id = id;
    this.data = data;
    this.format = format;
    this.description = description;
  }

  /**
   * The chart of some data.
   *
   * @param id the prefix of every id in the chart, unique on its page
   * @param format how a value reads, in the indicator's unit ("80%", "1,250")
   */
  public static TrendChart of(String id, Data data, Function<BigDecimal, String> format) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(format, "format");
    return new TrendChart(Svg.checkId(id), data, format, null);
  }

  /** The same chart with the accessible description given: the chart's conclusion in words. */
  public TrendChart withDescription(String description) {
    return new TrendChart(id, data, format, description);
  }

  /** The accessible title, the data's. */
  public String title() {
    return data.title();
  }

  /** The accessible description: the one given, or the latest figure, forecast and range. */
  public String description() {
    return description != null ? description : new TrendReading(data, format).description();
  }

  /** The chart's numbers, one row per period: value, status, target, forecast. */
  public ChartTable table() {
    return new TrendReading(data, format).table();
  }

  /** The chart as a standalone SVG element, the same for a page and a PDF. */
  public String svg() {
    return new TrendDrawing(id, data, format, title(), description()).svg();
  }
}
