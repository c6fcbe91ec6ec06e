package org.barometer.app.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a number the way a published indicator's figures were shown: the same decimals, the same
 * pound sign before and unit after ("87.34%", "£1,250.00", "5,719"), learnt from one figure as it
 * was shown. A chart's means and limits are written with it, so they read like the figures.
 */
final class ShownFormat implements Function<BigDecimal, String> {

  private final int decimals;
  private final String prefix;
  private final String suffix;

  private ShownFormat(int decimals, String prefix, String suffix) {
    this.decimals = decimals;
    this.prefix = prefix;
    this.suffix = suffix;
  }

  /**
   * The format of an indicator's figures.
   *
   * @param decimals the decimals its figures are shown with
   * @param sample one figure as shown, or null or empty when there is none
   */
  static ShownFormat of(int decimals, String sample) {
    if (sample == null) {
      return new ShownFormat(decimals, "", "");
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < sample.length(); i++) {
      if (Character.isDigit(sample.charAt(i))) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return new ShownFormat(decimals, "", "");
    }
    String prefix = sample.substring(0, first).replace("-", "");
    return new ShownFormat(decimals, prefix, sample.substring(last + 1));
  }

  @Override
  public String apply(BigDecimal value) {
    BigDecimal rounded = value.setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
    String number = String.format(Locale.UK, "%,." + Math.max(0, decimals) + "f", rounded.abs());
    return (rounded.signum() < 0 ? "-" : "") + prefix + number + suffix;
  }
}
