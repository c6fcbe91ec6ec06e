package org.barometer.app.chart;

/**
 * The charts' colours. Every line and outline that carries meaning has at least 3:1 contrast with
 * white, and text 4.5:1; fills that fall short (the Making Data Count blue and grey, GOV.UK amber)
 * are always drawn inside a dark outline and beside a shape or letter of their own.
 */
final class Palette {

  /** GOV.UK text colour, 19:1 on white. */
  static final String TEXT = "#0b0c0c";

  /** GOV.UK secondary text colour, 7:1 on white: axes, values line, process limits. */
  static final String SECONDARY = "#505a5f";

  /** The lightest grey with 4.5:1 on white: two-sigma lines, gridlines' labels. */
  static final String LIGHT = "#767676";

  /** Gridlines: decoration only, so they may be faint. */
  static final String GRID = "#e5e6e7";

  /** GOV.UK blue, 5:1 on white: targets. */
  static final String TARGET = "#1d70b8";

  /** A light tint of the target blue, for a target band's fill. */
  static final String TARGET_BAND = "#d2e2f1";

  /** The forecast, GOV.UK purple, 7:1 on white. */
  static final String FORECAST = "#4c2c92";

  static final String WHITE = "#ffffff";

  private Palette() {}

  /** The text colour, white or near black, that reads best on a fill. */
  static String textOn(String fill) {
    return contrast(fill, WHITE) >= contrast(fill, TEXT) ? WHITE : TEXT;
  }

  /** The WCAG contrast ratio of two {@code #rrggbb} colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
