package org.barometer.app.chart;

/**
 * The shape of a point's marker. Each class of point has a shape of its own, so that a reader who
 * cannot tell the colours apart still can tell the points apart; every marker has a dark outline.
 */
enum Marker {
  CIRCLE("circle"),
  SQUARE("square"),
  DIAMOND("diamond"),
  TRIANGLE_UP("triangle-up"),
  TRIANGLE_DOWN("triangle-down");

  private final String key;

  Marker(String key) {
    this.key = key;
  }

  /** The shape's name, as written in the marker's {@code data-shape} attribute. */
  String key() {
    return key;
  }

  /**
   * Draws the marker centred on a point.
   *
   * @param size half the marker's width
   * @param cssClass the marker's class, naming what it shows
   * @param title the marker's tooltip, or null for none
   */
  void draw(
      Svg svg,
      double x,
      double y,
      double size,
      String fill,
      String outline,
      String cssClass,
      String title) {
    svg.open("g", "class", cssClass, "data-shape", key);
    if (title != null) {
      svg.title(title);
    }
    String stroke = outline;
    switch (this) {
      case CIRCLE:
        svg.empty(
            "circle",
            "cx",
            Svg.num(x),
            "cy",
            Svg.num(y),
            "r",
            Svg.num(size * 0.85),
            "fill",
            fill,
            "stroke",
            stroke,
            "stroke-width",
            "1.5");
        break;
      case SQUARE:
        double half = size * 0.8;
        polygon(
            svg, fill, stroke, x - half, y - half, x + half, y - half, x + half, y + half, x - half,
            y + half);
        break;
      case DIAMOND:
        polygon(
            svg,
            fill,
            stroke,
            x,
            y - size * 1.1,
            x + size * 1.1,
            y,
            x,
            y + size * 1.1,
            x - size * 1.1,
            y);
        break;
      case TRIANGLE_UP:
        polygon(
            svg,
            fill,
            stroke,
            x,
            y - size * 1.15,
            x + size,
            y + size * 0.75,
            x - size,
            y + size * 0.75);
        break;
      default:
        polygon(
            svg,
            fill,
            stroke,
            x,
            y + size * 1.15,
            x + size,
            y - size * 0.75,
            x - size,
            y - size * 0.75);
    }
    svg.close("g");
  }

  private static void polygon(Svg svg, String fill, String stroke, double... xy) {
    svg.empty(
        "polygon",
        "points",
        Svg.points(xy),
        "fill",
        fill,
        "stroke",
        stroke,
        "stroke-width",
        "1.5",
        "stroke-linejoin",
        "round");
  }
}
