package org.barometer.app.chart;

import java.util.ArrayList;
import java.util.List;

/** The key below a chart: each marker shape and line style with what it means, left to right. */
final class Legend {

  private static final double ROW = 20;
  private static final double SAMPLE = 24;
  private static final double GAP = 18;

  private final List<Item> items = new ArrayList<>();

  private record Item(
      String label, Marker marker, String fill, String stroke, String width, String dash) {}

  Legend marker(String label, Marker marker, String fill) {
    items.add(new Item(label, marker, fill, Palette.TEXT, null, null));
    return this;
  }

  /** A line drawn in one of {@link Styles}' styles. */
  Legend line(String label, String[] style) {
    items.add(
        new Item(
            label,
            null,
            null,
            attribute(style, "stroke"),
            attribute(style, "stroke-width"),
            attribute(style, "stroke-dasharray")));
    return this;
  }

  private static String attribute(String[] style, String name) {
    for (int i = 0; i < style.length; i += 2) {
      if (style[i].equals(name)) {
        return style[i + 1];
      }
    }
    return null;
  }

  Legend band(String label, String fill, String stroke) {
    items.add(new Item(label, null, fill, stroke, "1", null));
    return this;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** The height the legend takes in a given width. */
  double height(double width) {
    return items.isEmpty() ? 0 : rows(width) * ROW;
  }

  private int rows(double width) {
    int rows = 1;
    double x = 0;
    for (Item item : items) {
      double w = itemWidth(item);
      if (x > 0 && x + w > width) {
        rows++;
        x = 0;
      }
      x += w + GAP;
    }
    return rows;
  }

  private static double itemWidth(Item item) {
    return SAMPLE + 6 + Plot.textWidth(item.label.length(), Plot.FONT_SIZE);
  }

  /** Draws the legend with its first row's centre line at y. */
  void draw(Svg svg, double left, double y, double width) {
    svg.open("g", "class", "legend");
    double x = left;
    for (Item item : items) {
      double w = itemWidth(item);
      if (x > left && x - left + w > width) {
        x = left;
        y += ROW;
      }
      sample(svg, item, x, y);
      svg.label(item.label, x + SAMPLE + 6, y + 4, "start", Plot.FONT_SIZE, Palette.TEXT);
      x += w + GAP;
    }
    svg.close("g");
  }

  private static void sample(Svg svg, Item item, double x, double y) {
    if (item.marker != null) {
      item.marker.draw(svg, x + SAMPLE / 2, y, 5.5, item.fill, item.stroke, "legend-marker", null);
    } else if (item.fill != null) {
      svg.empty(
          "rect",
          "x",
          Svg.num(x),
          "y",
          Svg.num(y - 6),
          "width",
          Svg.num(SAMPLE),
          "height",
          "12",
          "fill",
          item.fill,
          "stroke",
          item.stroke,
          "stroke-width",
          item.width);
    } else {
      svg.line(
          x,
          y,
          x + SAMPLE,
          y,
          "stroke",
          item.stroke,
          "stroke-width",
          item.width,
          "stroke-dasharray",
          item.dash);
    }
  }
}
