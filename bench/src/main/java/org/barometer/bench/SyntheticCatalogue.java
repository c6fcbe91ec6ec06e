package org.barometer.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.barometer.core.batch.MeasureColumns;
import org.barometer.core.batch.MonthlyColumns;
import org.barometer.core.batch.Scaled;
import org.barometer.core.batch.TargetColumns;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.Target;

/**
 * A deterministic synthetic catalogue: every organisation carries the same 500 cumulative monthly
 * indicators (counts, money, percentages and rates, some collected as numerator and denominator),
 * with its own tolerances, targets and ten years of figures from April 2015. Everything comes from
 * one fixed seed, so every run measures the same data.
 */
final class SyntheticCatalogue {

  static final int INDICATORS = 500;
  static final int MONTHS = 120;
  static final YearMonth FIRST_MONTH = YearMonth.of(2015, 4);
  static final FinancialYear FIRST_YEAR = new FinancialYear(2015);
  static final int YEARS = MONTHS / 12;

  private static final long SEED = 20_170_401L;
  private static final Unit[] RATIO_UNITS = {
    Unit.PERCENTAGE, Unit.PERCENTAGE, Unit.PERCENTAGE, Unit.RATE_PER_1000, Unit.RATE_PER_10000
  };

  private final Measure[] measures = new Measure[INDICATORS];

  /** A count's typical month, or a ratio's typical denominator, in whole units. */
  private final long[] level = new long[INDICATORS];

  /** A ratio's typical numerator / denominator, in ten-thousandths. */
  private final long[] rate = new long[INDICATORS];

  SyntheticCatalogue() {
    for (int indicator = 0; indicator < INDICATORS; indicator++) {
      SplittableRandom random = new SplittableRandom(SEED + indicator);
      measures[indicator] = measure(random);
      level[indicator] = random.nextLong(20, 5_000);
      rate[indicator] = random.nextLong(4_000, 9_800);
    }
  }

  /** Receives one indicator's figures, month by month; a missing month is not passed. */
  interface FigureSink {
    void plain(int month, long scaled);

    void ratio(int month, long scaledNumerator, long scaledDenominator);
  }

  /** The batch columns of the first {@code organisations} organisations. */
  record Columns(MonthlyColumns figures, TargetColumns targets) {}

  Measure measure(int indicator) {
    return measures[indicator];
  }

  /** The organisation's default (10% or 5%, relative), or the indicator's own absolute amount. */
  Tolerance tolerance(int organisation, int indicator) {
    SplittableRandom random = random(organisation, indicator, 1);
    if (random.nextInt(10) == 0) {
      return measures[indicator].components()
          ? Tolerance.absolute("2")
          : new Tolerance.Absolute(BigDecimal.valueOf(level[indicator]));
    }
    return Tolerance.relative(organisation % 4 == 0 ? "0.05" : "0.1");
  }

  /** The target for a year (0 is 2015/16), or null when none has been set. */
  Target target(int organisation, int indicator, int year) {
    SplittableRandom random = random(organisation, indicator, 2 + year);
    BigDecimal value = targetValue(indicator, random);
    int kind = random.nextInt(100);
    if (kind < 5) {
      return null;
    }
    if (kind < 8) {
      return new Target.ToBeConfirmed("awaiting Cabinet");
    }
    if (kind < 10) {
      return new Target.NoTarget();
    }
    if (measures[indicator].polarity() == Polarity.GOLDILOCKS) {
      BigDecimal spread = value.divide(BigDecimal.TEN).setScale(1, RoundingMode.HALF_UP);
      return new Target.Range(value.subtract(spread), value.add(spread));
    }
    if (kind < 15 && !measures[indicator].components()) {
      BigDecimal perMonth = value.divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
      return new Target.MonthlyIncrement(BigDecimal.ZERO, perMonth);
    }
    return new Target.SingleValue(value);
  }

  /** One indicator's figures: 3% of months missing, 1% of denominators zero. */
  void figures(int organisation, int indicator, FigureSink sink) {
    SplittableRandom random = random(organisation, indicator, 0);
    boolean components = measures[indicator].components();
    for (int month = 0; month < MONTHS; month++) {
      if (random.nextInt(100) < 3) {
        continue;
      }
      long denominator = Math.round(level[indicator] * (0.7 + 0.6 * random.nextDouble()));
      if (!components) {
        sink.plain(month, denominator * Scaled.ONE);
      } else if (random.nextInt(100) == 0) {
        sink.ratio(month, 0, 0);
      } else {
        long numerator =
            Math.round(denominator * rate[indicator] * (0.9 + 0.2 * random.nextDouble()));
        sink.ratio(month, numerator, denominator * Scaled.ONE);
      }
    }
  }

  /** The columns of the first {@code organisations} organisations, indicator by indicator. */
  Columns columns(int organisations) {
    int count = organisations * INDICATORS;
    MeasureColumns.Builder measureColumns = MeasureColumns.builder(count);
    TargetColumns.Builder targets = TargetColumns.builder(count, FIRST_YEAR, YEARS);
    for (int organisation = 0; organisation < organisations; organisation++) {
      for (int indicator = 0; indicator < INDICATORS; indicator++) {
        int at = organisation * INDICATORS + indicator;
        measureColumns.set(at, measures[indicator], tolerance(organisation, indicator));
        for (int year = 0; year < YEARS; year++) {
          Target target = target(organisation, indicator, year);
          if (target != null) {
            targets.set(at, new FinancialYear(FIRST_YEAR.startYear() + year), target);
          }
        }
      }
    }
    MonthlyColumns.Builder figures =
        MonthlyColumns.builder(measureColumns.build(), FIRST_MONTH, MONTHS);
    for (int organisation = 0; organisation < organisations; organisation++) {
      for (int indicator = 0; indicator < INDICATORS; indicator++) {
        figures(organisation, indicator, into(figures, organisation * INDICATORS + indicator));
      }
    }
    return new Columns(figures.build(), targets.build());
  }

  private static FigureSink into(MonthlyColumns.Builder figures, int at) {
    return new FigureSink() {
      @Override
      public void plain(int month, long scaled) {
        figures.setPlain(at, month, scaled);
      }

      @Override
      public void ratio(int month, long scaledNumerator, long scaledDenominator) {
        figures.setRatio(at, month, scaledNumerator, scaledDenominator);
      }
    };
  }

  /** Near the indicator's level: a year's worth for a count, its rate for a ratio. */
  private BigDecimal targetValue(int indicator, SplittableRandom random) {
    double drift = 0.9 + 0.2 * random.nextDouble();
    Measure measure = measures[indicator];
    if (!measure.components()) {
      return BigDecimal.valueOf(Math.round(level[indicator] * 12 * drift));
    }
    double value =
        rate[indicator] / (double) Scaled.ONE * measure.unit().multiplier().doubleValue();
    return BigDecimal.valueOf(Math.round(value * drift * 10), 1);
  }

  private static Measure measure(SplittableRandom random) {
    int draw = random.nextInt(100);
    Polarity polarity =
        draw < 45 ? Polarity.MAXIMISE : draw < 90 ? Polarity.MINIMISE : Polarity.GOLDILOCKS;
    if (random.nextInt(100) < 45) {
      Unit unit = random.nextInt(4) == 0 ? Unit.MONEY : Unit.COUNT;
      return Measure.of(unit, unit == Unit.MONEY ? 2 : 0, polarity, AggregationKind.CUMULATIVE);
    }
    Unit unit = RATIO_UNITS[random.nextInt(RATIO_UNITS.length)];
    return Measure.ofComponents(unit, 1 + random.nextInt(2), polarity, AggregationKind.CUMULATIVE);
  }

  private static SplittableRandom random(int organisation, int indicator, int stream) {
    long key = ((long) organisation * INDICATORS + indicator) * 64 + stream;
    return new SplittableRandom(SEED ^ (key * 0x9E3779B97F4A7C15L));
  }
}
