package org.barometer.app.chart;

/**
 * The line styles the charts share, as presentation attributes: lines differ in dash pattern and
 * width as well as in colour.
 */
final class Styles {

  static final String[] VALUES = {
    "stroke", Palette.SECONDARY, "stroke-width", "2", "stroke-linejoin", "round"
  };

  static final String[] SPARKLINE = {
    "stroke", Palette.SECONDARY, "stroke-width", "1.5", "stroke-linejoin", "round"
  };

  static final String[] MEAN = {"stroke", Palette.TEXT, "stroke-width", "2"};

  static final String[] LIMIT = {
    "stroke", Palette.SECONDARY, "stroke-width", "1.5", "stroke-dasharray", "7 4"
  };

  static final String[] TWO_SIGMA = {
    "stroke", Palette.LIGHT, "stroke-width", "1.5", "stroke-dasharray", "1.5 3"
  };

  static final String[] TARGET = {
    "stroke", Palette.TARGET, "stroke-width", "2", "stroke-dasharray", "10 3 2 3"
  };

  static final String[] FORECAST = {
    "stroke", Palette.FORECAST, "stroke-width", "2", "stroke-dasharray", "6 4"
  };

  static final String[] SEPARATOR = {
    "stroke", Palette.SECONDARY, "stroke-width", "1.5", "stroke-dasharray", "2 4"
  };

  private Styles() {}
}
