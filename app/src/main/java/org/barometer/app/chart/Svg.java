package org.barometer.app.chart;

import java.util.regex.Pattern;

/**
 * A small writer of SVG 1.1 markup: elements with attributes given as name and value pairs, every
 * value and text escaped, numbers written with at most one decimal.
 */
final class Svg {

  static final String FONT = "Arial, Helvetica, sans-serif";

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private final StringBuilder out = new StringBuilder(8192);

  /** Opens the root element, with its accessible name from a title and a description. */
  static Svg root(String id, double width, double height, String title, String desc) {
    Svg svg = new Svg();
    svg.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "version",
        "1.1",
        "id",
        id,
        "width",
        num(width),
        "height",
        num(height),
        "viewBox",
        "0 0 " + num(width) + " " + num(height),
        "role",
        "img",
        "aria-labelledby",
        id + "-title " + id + "-desc",
        "font-family",
        FONT);
    svg.text("title", title, "id", id + "-title");
    svg.text("desc", desc, "id", id + "-desc");
    return svg;
  }

  /** The id, checked to be a valid XML name that needs no escaping in a list of ids. */
  static String checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A chart's id must start with a letter and hold only letters, digits, - and _: " + id);
    }
    return id;
  }

  Svg open(String name, String... attributes) {
    start(name, attributes);
    out.append('>');
    return this;
  }

  Svg empty(String name, String... attributes) {
    start(name, attributes);
    out.append("/>");
    return this;
  }

  Svg text(String name, String text, String... attributes) {
    start(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append('>');
    return this;
  }

  Svg close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /**
   * A line of text at a point.
   *
   * @param anchor "start", "middle" or "end"
   * @param more further attributes, in name and value pairs
   */
  Svg label(
      String text, double x, double y, String anchor, double size, String fill, String... more) {
    String[] attributes = new String[10 + more.length];
    String[] base = {
      "x", num(x), "y", num(y), "text-anchor", anchor, "font-size", num(size), "fill", fill
    };
    System.arraycopy(base, 0, attributes, 0, 10);
    System.arraycopy(more, 0, attributes, 10, more.length);
    return text("text", text, attributes);
  }

  /** A straight line from one point to another, with style attributes. */
  Svg line(double x1, double y1, double x2, double y2, String... style) {
    String[] attributes = new String[8 + style.length];
    String[] ends = {"x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2)};
    System.arraycopy(ends, 0, attributes, 0, 8);
    System.arraycopy(style, 0, attributes, 8, style.length);
    return empty("line", attributes);
  }

  /** An unfilled polyline with a class (or null) and style attributes. */
  Svg polyline(String cssClass, String points, String... style) {
    String[] attributes = new String[6 + style.length];
    attributes[0] = "class";
    attributes[1] = cssClass;
    attributes[2] = "points";
    attributes[3] = points;
    attributes[4] = "fill";
    attributes[5] = "none";
    System.arraycopy(style, 0, attributes, 6, style.length);
    return empty("polyline", attributes);
  }

  /** A {@code <title>} for the element just opened: a tooltip on the web, ignored in a PDF. */
  Svg title(String text) {
    return text("title", text);
  }

  String finish() {
    return close("svg").out.toString();
  }

  private void start(String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come in name and value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        out.append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  /**
   * Text made safe for XML content and attribute values; characters XML 1.0 cannot hold at all are
   * dropped.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          escaped.append("&amp;");
          break;
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '"':
          escaped.append("&quot;");
          break;
        case '\'':
          escaped.append("&#39;");
          break;
        default:
          if (allowed(c)) {
            escaped.append(c);
          }
      }
    }
    return escaped.toString();
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return c != 0xFFFE && c != 0xFFFF;
  }

  /** A list of points for a polyline or polygon, from x and y pairs. */
  static String points(double... xy) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      if (i > 0) {
        points.append(' ');
      }
      points.append(num(xy[i])).append(',').append(num(xy[i + 1]));
    }
    return points.toString();
  }

  /** A coordinate with at most one decimal, never in exponent notation. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + (abs / 10) + "." + (abs % 10);
  }
}
