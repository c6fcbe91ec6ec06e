package org.barometer.app.chart;

import java.util.ArrayList;
import java.util.List;
import org.barometer.core.statistics.AssuranceIcon;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcTarget;
import org.barometer.core.statistics.SpecialCause;
import org.barometer.core.statistics.VariationIcon;

/**
 * What an XmR chart needs to be read: the variation and assurance icons in its top right corner,
 * each with its letter and a word under it, a note when there are too few points for limits, and
 * the legend of markers and lines.
 */
final class XmrKey {

  private static final double ICON_RADIUS = 16;

  private final SpcResult result;

  XmrKey(SpcResult result) {
    this.result = result;
  }

  /** The icons in the top right corner, each with its letter and the word under it. */
  void drawIcons(Svg svg, double width) {
    double x = width - 16 - 44;
    if (result.assuranceIcon().isPresent()) {
      AssuranceIcon icon = result.assuranceIcon().get();
      drawIcon(
          svg,
          x,
          "icon icon-assurance",
          icon.key(),
          "Assurance: " + icon.label(),
          SpcLook.colour(icon),
          icon.letter(),
          SpcLook.word(icon));
      x -= 100;
    }
    if (result.variationIcon().isPresent()) {
      VariationIcon icon = result.variationIcon().get();
      drawIcon(
          svg,
          x,
          "icon icon-variation",
          icon.key(),
          "Variation: " + icon.label(),
          icon.cause().colour(),
          icon.letter(),
          SpcLook.word(icon.cause()));
    }
    if (!result.latest().limitsShown()) {
      svg.label(tooFewNote(), 16, 28, "start", Plot.FONT_SIZE + 2, Palette.TEXT, "class", "note");
    }
  }

  private String tooFewNote() {
    Integer needed = result.settings().minimumPoints();
    return "Too few points for process limits: "
        + result.latest().points()
        + " values"
        + (needed == null ? "" : ", " + needed + " needed");
  }

  private static void drawIcon(
      Svg svg,
      double x,
      String css,
      String key,
      String title,
      String fill,
      String letter,
      String word) {
    double y = 8 + ICON_RADIUS;
    svg.open("g", "class", css, "data-icon", key);
    svg.title(title);
    svg.empty(
        "circle",
        "cx",
        Svg.num(x),
        "cy",
        Svg.num(y),
        "r",
        Svg.num(ICON_RADIUS),
        "fill",
        fill,
        "stroke",
        Palette.TEXT,
        "stroke-width",
        "1.5");
    if (letter.isEmpty()) {
      commonCauseGlyph(svg, x, y, Palette.textOn(fill));
    } else {
      svg.label(
          letter,
          x,
          y + 6,
          "middle",
          17,
          Palette.textOn(fill),
          "font-weight",
          "bold",
          "class",
          "icon-letter");
    }
    svg.label(word, x, y + ICON_RADIUS + 15, "middle", Plot.FONT_SIZE, Palette.TEXT);
    svg.close("g");
  }

  /** A small flat zigzag, for common cause: the icon has no letter. */
  private static void commonCauseGlyph(Svg svg, double x, double y, String stroke) {
    svg.empty(
        "polyline",
        "points",
        Svg.points(x - 9, y, x - 5, y - 4, x - 1, y + 3, x + 3, y - 3, x + 6, y + 2, x + 9, y),
        "fill",
        "none",
        "stroke",
        stroke,
        "stroke-width",
        "2",
        "stroke-linejoin",
        "round");
  }

  /** The key below the chart: the markers that may appear, then the lines drawn. */
  Legend legend(boolean limits) {
    Legend legend = new Legend();
    if (limits) {
      for (SpecialCause cause : causesShown()) {
        legend.marker(SpcLook.word(cause), SpcLook.marker(cause), cause.colour());
      }
    } else {
      legend.marker("Value", Marker.CIRCLE, Palette.SECONDARY);
    }
    legend.line("Mean", Styles.MEAN);
    if (limits) {
      legend.line("Process limits", Styles.LIMIT);
      legend.line("Two-sigma lines", Styles.TWO_SIGMA);
    }
    if (result.target() instanceof SpcTarget.Single) {
      legend.line("Target", Styles.TARGET);
    } else if (result.target() instanceof SpcTarget.Range) {
      legend.band("Target range", Palette.TARGET_BAND, Palette.TARGET);
    }
    if (result.segments().size() > 1) {
      legend.line("Recalculation (vertical)", Styles.SEPARATOR);
    }
    return legend;
  }

  private List<SpecialCause> causesShown() {
    List<SpecialCause> causes = new ArrayList<>(List.of(SpecialCause.NONE));
    if (result.polarity() == SpcPolarity.NEITHER) {
      causes.add(SpecialCause.NEITHER);
    } else {
      causes.add(SpecialCause.IMPROVEMENT);
      causes.add(SpecialCause.CONCERN);
    }
    return causes;
  }
}
