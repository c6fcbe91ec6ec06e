package org.barometer.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.barometer.core.indicator.Combination;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;

/**
 * Generates a plausible monthly history for an indicator: a level with a gentle trend, a yearly
 * season and noise, from a fixed seed so that every run gives the same figures. The months of the
 * anchor's window are then fitted so that the figure reported for the anchor's period is exactly
 * the real one. Everything but that figure is invented, and labelled so ({@link #LABEL}).
 */
public final class SyntheticHistory {

  /** How the generated figures are to be described wherever they are shown. */
  public static final String LABEL =
      "Synthetic history made up by Barometer for demonstration: only the latest figure is real";

  private static final double SEASON = 0.06;
  private static final double NOISE = 0.03;
  private static final double TREND_PER_YEAR = 0.03;

  private final Measure measure;
  private final Anchor anchor;
  private final Random random;

  private SyntheticHistory(Measure measure, Anchor anchor, long seed) {
    this.measure = measure;
    this.anchor = anchor;
    this.random = new Random(seed);
  }

  /**
   * Monthly figures from {@code firstMonth} to the anchor's month, all approved.
   *
   * @throws IllegalArgumentException for a measure that is not monthly, or that is collected as
   *     numerator and denominator (the seed's figures are plain values; components are never
   *     invented)
   */
  public static List<Measurement> generate(
      Measure measure, Anchor anchor, YearMonth firstMonth, long seed) {
    if (measure.frequency() != Frequency.MONTHLY || measure.components()) {
      throw new IllegalArgumentException(
          "Synthetic history is made for monthly indicators with plain figures only");
    }
    if (firstMonth.isAfter(anchor.period().month())) {
      throw new IllegalArgumentException("The history must start before its anchor");
    }
    return new SyntheticHistory(measure, anchor, seed).generate(firstMonth);
  }

  private List<Measurement> generate(YearMonth firstMonth) {
    YearMonth last = anchor.period().month();
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = firstMonth; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    double[] raw = new double[months.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = underlying(months.get(i), last);
    }
    BigDecimal[] values = entered(months, raw);
    Fitting.fit(measure, anchor, months, values);
    List<Measurement> result = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      result.add(Measurement.of(new MonthPeriod(months.get(i)), new Figure.Plain(values[i])));
    }
    return result;
  }

  /** The per-month figure before fitting: a level, trend, season and noise. */
  private double underlying(YearMonth month, YearMonth last) {
    double base = monthlyLevel();
    double yearsBack =
        (last.getYear() * 12 + last.getMonthValue() - month.getYear() * 12 - month.getMonthValue())
            / 12.0;
    double trend = 1 - TREND_PER_YEAR * yearsBack * direction();
    double season = 1 + SEASON * Math.sin(2 * Math.PI * FinancialYear.monthNumber(month) / 12.0);
    double noise = 1 + NOISE * random.nextGaussian();
    return base * trend * season * noise;
  }

  /** Improvement over time: the past was a little worse than the anchor. */
  private double direction() {
    return switch (measure.polarity()) {
      case MAXIMISE -> 1;
      case MINIMISE -> -1;
      case GOLDILOCKS -> 0;
    };
  }

  /** The level of one month's own figure, from the anchor. */
  private double monthlyLevel() {
    double value = anchor.value().doubleValue();
    int monthsIn = anchor.period().monthsIntoYear();
    if (measure.combination() == Combination.SUM
        || measure.basis() == EntryBasis.YEAR_TO_DATE_TOTAL) {
      return value / monthsIn;
    }
    return value;
  }

  /** The figures as they would be entered, rounded at the indicator's decimals. */
  private BigDecimal[] entered(List<YearMonth> months, double[] raw) {
    BigDecimal[] values = new BigDecimal[raw.length];
    double running = 0;
    int count = 0;
    for (int i = 0; i < raw.length; i++) {
      if (FinancialYear.monthNumber(months.get(i)) == 1) {
        running = 0;
        count = 0;
      }
      running += raw[i];
      count++;
      double value =
          switch (measure.basis()) {
            case PERIOD -> raw[i];
            case YEAR_TO_DATE_TOTAL -> running;
            case YEAR_TO_DATE_RATE -> running / count;
          };
      values[i] = round(clamp(value));
    }
    return values;
  }

  private double clamp(double value) {
    double floor = Math.max(0, value);
    return measure.unit() == Unit.PERCENTAGE ? Math.min(100, floor) : floor;
  }

  private BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(measure.decimals(), RoundingMode.HALF_UP);
  }
}
