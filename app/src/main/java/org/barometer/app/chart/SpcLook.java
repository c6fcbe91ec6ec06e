package org.barometer.app.chart;

import org.barometer.core.statistics.AssuranceIcon;
import org.barometer.core.statistics.SpecialCause;

/**
 * How the XmR chart draws a point's special cause and the assurance icon: the Making Data Count
 * colour, and a shape or word of its own so that colour never carries the meaning alone.
 */
final class SpcLook {

  private SpcLook() {}

  /** Common cause a circle, improvement a square, concern a warning triangle, neither a diamond. */
  static Marker marker(SpecialCause cause) {
    switch (cause) {
      case IMPROVEMENT:
        return Marker.SQUARE;
      case CONCERN:
        return Marker.TRIANGLE_UP;
      case NEITHER:
        return Marker.DIAMOND;
      default:
        return Marker.CIRCLE;
    }
  }

  /** The word shown under the variation icon and in the legend. */
  static String word(SpecialCause cause) {
    switch (cause) {
      case IMPROVEMENT:
        return "Improvement";
      case CONCERN:
        return "Concern";
      case NEITHER:
        return "Neither";
      default:
        return "Common cause";
    }
  }

  static String colour(AssuranceIcon icon) {
    switch (icon) {
      case PASS:
        return SpecialCause.IMPROVEMENT.colour();
      case FAIL:
        return SpecialCause.CONCERN.colour();
      default:
        return SpecialCause.NONE.colour();
    }
  }

  /** The word shown under the assurance icon. */
  static String word(AssuranceIcon icon) {
    switch (icon) {
      case PASS:
        return "Pass";
      case FAIL:
        return "Fail";
      default:
        return "Hit and miss";
    }
  }
}
