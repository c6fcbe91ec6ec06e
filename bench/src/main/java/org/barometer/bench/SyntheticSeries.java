package org.barometer.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcTarget;

/**
 * Monthly series for SPC, generated from a fixed seed: each a level with noise, and for most a
 * change that SPC should see. Values have one or two decimals, as councils report them.
 *
 * <ul>
 *   <li>40% stable noise around their level;
 *   <li>20% a shift of 1 to 3 standard deviations from a month in the second half;
 *   <li>15% a trend of 6 to 15 months of rises or falls;
 *   <li>15% one to three outliers of 4 to 6 standard deviations;
 *   <li>10% a shift and outliers.
 * </ul>
 *
 * Polarity: 40% higher is better, 40% lower is better, 20% neither. Every series has a target, so
 * that both icons are worked out: a single value near its level, or a range for polarity neither.
 */
final class SyntheticSeries {

  static final long SEED = 20170401L;

  /** One series with its polarity and target. */
  record Chart(SpcSeries series, SpcPolarity polarity, SpcTarget target) {}

  private final SplittableRandom random = new SplittableRandom(SEED);

  Chart[] charts(int count, int points) {
    Chart[] charts = new Chart[count];
    for (int i = 0; i < count; i++) {
      charts[i] = chart(points);
    }
    return charts;
  }

  private Chart chart(int points) {
    int scale = random.nextInt(2) + 1;
    double level = Math.exp(random.nextDouble(Math.log(5), Math.log(50_000)));
    double sd = level * random.nextDouble(0.02, 0.15);
    double[] values = new double[points];
    for (int i = 0; i < points; i++) {
      values[i] = level + sd * random.nextGaussian();
    }
    int kind = random.nextInt(100);
    if (kind >= 40 && kind < 60 || kind >= 90) {
      shift(values, sd);
    }
    if (kind >= 60 && kind < 75) {
      trend(values, sd);
    }
    if (kind >= 75) {
      outliers(values, sd);
    }
    long[] units = new long[points];
    double factor = Math.pow(10, scale);
    for (int i = 0; i < points; i++) {
      units[i] = Math.round(Math.max(0, values[i]) * factor);
    }
    SpcPolarity polarity = polarity();
    return new Chart(SpcSeries.ofUnits(units, scale), polarity, target(polarity, level, sd, scale));
  }

  private void shift(double[] values, double sd) {
    int from = values.length / 2 + random.nextInt(values.length / 2);
    double by = sd * random.nextDouble(1, 3) * (random.nextBoolean() ? 1 : -1);
    for (int i = from; i < values.length; i++) {
      values[i] += by;
    }
  }

  private void trend(double[] values, double sd) {
    int length = 6 + random.nextInt(10);
    int from = random.nextInt(values.length - length);
    double step = sd * random.nextDouble(0.3, 0.8) * (random.nextBoolean() ? 1 : -1);
    for (int i = from; i < values.length; i++) {
      values[i] += step * Math.min(i - from, length);
    }
    for (int i = from + 1; i < from + length; i++) {
      if ((values[i] - values[i - 1]) * step <= 0) {
        values[i] = values[i - 1] + step * 0.5;
      }
    }
  }

  private void outliers(double[] values, double sd) {
    int count = 1 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      int at = random.nextInt(values.length);
      values[at] += sd * random.nextDouble(4, 6) * (random.nextBoolean() ? 1 : -1);
    }
  }

  private SpcPolarity polarity() {
    int p = random.nextInt(10);
    return p < 4
        ? SpcPolarity.HIGHER_IS_BETTER
        : p < 8 ? SpcPolarity.LOWER_IS_BETTER : SpcPolarity.NEITHER;
  }

  private SpcTarget target(SpcPolarity polarity, double level, double sd, int scale) {
    double centre = level + sd * random.nextDouble(-4, 4);
    if (polarity == SpcPolarity.NEITHER) {
      double half = sd * random.nextDouble(1, 5);
      return SpcTarget.range(decimal(centre - half, scale), decimal(centre + half, scale));
    }
    return SpcTarget.of(decimal(centre, scale));
  }

  private static BigDecimal decimal(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }
}
