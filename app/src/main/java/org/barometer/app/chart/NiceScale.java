package org.barometer.app.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value axis with a few round ticks (steps of 1, 2 or 5 times a power of ten), exact, from the
 * smallest and largest value drawn. The step grows until every tick reads differently through the
 * chart's number format, so a format with no decimals never labels two ticks "80%".
 */
final class NiceScale {

  private static final int[] MULTIPLES = {1, 2, 5};

  private final BigDecimal lower;
  private final BigDecimal upper;
  private final List<BigDecimal> ticks;

  private NiceScale(BigDecimal lower, BigDecimal upper, List<BigDecimal> ticks) {
    this.lower = lower;
    this.upper = upper;
    this.ticks = ticks;
  }

  /** The scale for every value drawn, nulls (gaps, absent lines) left out. */
  static NiceScale spanning(
      List<BigDecimal> drawn, int count, Function<BigDecimal, String> format) {
    BigDecimal min = null;
    BigDecimal max = null;
    for (BigDecimal value : drawn) {
      if (value != null) {
        min = min == null || value.compareTo(min) < 0 ? value : min;
        max = max == null || value.compareTo(max) > 0 ? value : max;
      }
    }
    return of(min, max, count, format);
  }

  /**
   * A scale from exactly the smallest to the largest value drawn, with no ticks: for sparklines.
   */
  static NiceScale tight(List<BigDecimal> drawn) {
    NiceScale nice = spanning(drawn, 2, BigDecimal::toPlainString);
    BigDecimal min = null;
    BigDecimal max = null;
    for (BigDecimal value : drawn) {
      if (value != null) {
        min = min == null || value.compareTo(min) < 0 ? value : min;
        max = max == null || value.compareTo(max) > 0 ? value : max;
      }
    }
    if (min == null || min.compareTo(max) == 0) {
      return nice;
    }
    return new NiceScale(min, max, List.of());
  }

  /**
   * The scale for values from min to max, with about {@code count} ticks.
   *
   * @param min the smallest value drawn, or null when nothing is drawn
   * @param max the largest value drawn, or null when nothing is drawn
   */
  static NiceScale of(
      BigDecimal min, BigDecimal max, int count, Function<BigDecimal, String> format) {
    if (min == null || max == null) {
      min = BigDecimal.ZERO;
      max = BigDecimal.ONE;
    }
    if (min.compareTo(max) == 0) {
      BigDecimal half = min.signum() == 0 ? BigDecimal.ONE : min.abs().movePointLeft(1);
      min = min.subtract(half);
      max = max.add(half);
    }
    double rough = max.subtract(min).doubleValue() / Math.max(1, count - 1);
    int exponent = (int) Math.floor(Math.log10(rough));
    for (int tries = 0; tries < 12; tries++) {
      for (int multiple : MULTIPLES) {
        BigDecimal step = BigDecimal.valueOf(multiple).scaleByPowerOfTen(exponent);
        if (step.doubleValue() < rough * 0.75) {
          continue;
        }
        NiceScale scale = stepped(min, max, step);
        if (distinct(scale.ticks, format)) {
          return scale;
        }
      }
      exponent++;
    }
    return stepped(min, max, BigDecimal.ONE.scaleByPowerOfTen(exponent));
  }

  private static NiceScale stepped(BigDecimal min, BigDecimal max, BigDecimal step) {
    BigDecimal lower = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal upper = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    if (lower.compareTo(upper) == 0) {
      upper = upper.add(step);
    }
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal tick = lower; tick.compareTo(upper) <= 0; tick = tick.add(step)) {
      ticks.add(tick.stripTrailingZeros());
    }
    return new NiceScale(lower, upper, List.copyOf(ticks));
  }

  private static boolean distinct(List<BigDecimal> ticks, Function<BigDecimal, String> format) {
    HashSet<String> labels = new HashSet<>();
    for (BigDecimal tick : ticks) {
      if (!labels.add(Objects.requireNonNull(format.apply(tick), "format"))) {
        return false;
      }
    }
    return true;
  }

  BigDecimal lower() {
    return lower;
  }

  BigDecimal upper() {
    return upper;
  }

  List<BigDecimal> ticks() {
    return ticks;
  }
}
