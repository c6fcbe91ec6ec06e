package org.barometer.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.barometer.app.chart.TrendChart.Band;
import org.barometer.app.chart.TrendChart.Data;
import org.barometer.app.chart.TrendChart.Level;
import org.barometer.app.chart.TrendChart.Point;
import org.barometer.app.chart.TrendChart.Status;
import org.barometer.app.chart.TrendChart.Target;

/** A trend chart in words and as a table; also where its periods fall, the forecast's included. */
final class TrendReading {

  private final Data data;
  private final Function<BigDecimal, String> format;

  TrendReading(Data data, Function<BigDecimal, String> format) {
    this.data = data;
    this.format = format;
  }

  /** The chart's periods: the points' labels, then the forecast's when it comes later. */
  List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (Point point : data.points()) {
      labels.add(point.label());
    }
    if (data.forecast() != null && !labels.contains(data.forecast().label())) {
      labels.add(data.forecast().label());
    }
    return labels;
  }

  /** Where the forecast falls, or -1 without one. */
  int forecastIndex() {
    return data.forecast() == null ? -1 : labels().indexOf(data.forecast().label());
  }

  /** The index of the latest figure, or -1 when there is none. */
  int latest() {
    for (int i = data.points().size() - 1; i >= 0; i--) {
      if (data.points().get(i).value() != null) {
        return i;
      }
    }
    return -1;
  }

  String description() {
    int latest = latest();
    if (latest < 0) {
      return "No figures yet." + forecastSentence();
    }
    Point point = data.points().get(latest);
    StringBuilder text = new StringBuilder("Latest figure ");
    text.append(format.apply(point.value())).append(" in ").append(point.label());
    if (point.status() != Status.NONE) {
      text.append(", ").append(point.status().word().toLowerCase());
    }
    String target = target(point.target());
    if (!target.isEmpty()) {
      text.append(", against a target of ").append(target);
    }
    text.append('.').append(forecastSentence()).append(range()).append(gaps());
    return text.toString();
  }

  private String forecastSentence() {
    if (data.forecast() == null) {
      return "";
    }
    return " Forecast for "
        + data.forecast().label()
        + ": "
        + format.apply(data.forecast().value())
        + ".";
  }

  private String range() {
    Point lowest = null;
    Point highest = null;
    for (Point point : data.points()) {
      if (point.value() != null) {
        lowest = lowest == null || point.value().compareTo(lowest.value()) < 0 ? point : lowest;
        highest = highest == null || point.value().compareTo(highest.value()) > 0 ? point : highest;
      }
    }
    if (lowest == highest) {
      return "";
    }
    return " Lowest "
        + format.apply(lowest.value())
        + " in "
        + lowest.label()
        + ", highest "
        + format.apply(highest.value())
        + " in "
        + highest.label()
        + ".";
  }

  private String gaps() {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < latest(); i++) {
      if (data.points().get(i).value() == null) {
        missing.add(data.points().get(i).label());
      }
    }
    return missing.isEmpty() ? "" : " No figure for " + String.join(", ", missing) + ".";
  }

  /** A target in words: "80%", "20 to 30", or empty. */
  String target(Target target) {
    if (target instanceof Level) {
      return format.apply(((Level) target).value());
    }
    if (target instanceof Band) {
      return format.apply(((Band) target).low()) + " to " + format.apply(((Band) target).high());
    }
    return "";
  }

  ChartTable table() {
    List<String> labels = labels();
    int forecast = forecastIndex();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Point point = i < data.points().size() ? data.points().get(i) : null;
      BigDecimal value = point == null ? null : point.value();
      rows.add(
          List.of(
              labels.get(i),
              value == null ? XmrReading.NO_FIGURE : format.apply(value),
              value == null ? "" : point.status().word(),
              point == null ? "" : target(point.target()),
              i == forecast ? format.apply(data.forecast().value()) : ""));
    }
    return new ChartTable(
        data.title(), List.of("Period", "Value", "Status", "Target", "Forecast"), rows);
  }
}
