package org.barometer.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.barometer.core.direction.Direction;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Series;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.Target;

/**
 * The batch path gives the exact path's status and direction of travel for every indicator-month:
 * any polarity, relative or absolute tolerance, counts or ratios with components, any display
 * decimals, months missing, denominators zero or negative, targets single, profiled, incremented,
 * ranged, to be confirmed, none or not set, and figures small enough to tie on every boundary or
 * large enough to outgrow longs.
 */
class BatchEvaluationProperties {

  /** How large the figures of an indicator are: tiny ones tie on boundaries, huge ones overflow. */
  enum Magnitude {
    TINY,
    DECIMAL,
    HUGE
  }

  @Property(tries = 1000)
  void batchAgreesWithTheExactPathForEveryIndicatorMonth(@ForAll("batches") BatchCase batch) {
    BatchResults results = batch.evaluate();

    for (int i = 0; i < batch.indicators().size(); i++) {
      IndicatorCase indicator = batch.indicators().get(i);
      Series series = indicator.series(batch.firstMonth());
      for (int month = 0; month < batch.months(); month++) {
        ExactReference exact =
            ExactReference.of(indicator, series, batch.firstMonth().plusMonths(month));
        assertThat(results.status(i, month))
            .as("status of indicator %d, month %d", i, month)
            .isEqualTo(BatchStatus.of(exact.status()));
        assertThat(results.direction(i, month))
            .as("direction of indicator %d, month %d", i, month)
            .isEqualTo(exact.direction());
        Statistics.label("status").collect(results.status(i, month));
        Statistics.label("direction").collect(results.direction(i, month));
      }
    }
    Statistics.label("exact fallbacks").collect(results.exactFallbacks() > 0);
    Statistics.label("status")
        .coverage(
            coverage -> {
              for (BatchStatus each : BatchStatus.values()) {
                coverage.check(each).percentage(share -> share >= 0.3);
              }
            });
    Statistics.label("direction")
        .coverage(
            coverage -> {
              for (Direction each : Direction.values()) {
                coverage.check(each).percentage(share -> share >= 2);
              }
            });
    Statistics.label("exact fallbacks")
        .coverage(coverage -> coverage.check(true).percentage(share -> share >= 1));
  }

  @Provide
  Arbitrary<BatchCase> batches() {
    Arbitrary<YearMonth> firstMonth =
        Combinators.combine(
                Arbitraries.integers().between(2015, 2017), Arbitraries.integers().between(1, 12))
            .as(YearMonth::of);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 40);
    return Combinators.combine(firstMonth, months)
        .flatAs(
            (first, count) ->
                indicator(first, count)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .map(list -> new BatchCase(first, count, list)));
  }

  private Arbitrary<IndicatorCase> indicator(YearMonth first, int months) {
    Arbitrary<Magnitude> magnitude =
        Arbitraries.frequency(
            Tuple.of(6, Magnitude.TINY),
            Tuple.of(3, Magnitude.DECIMAL),
            Tuple.of(1, Magnitude.HUGE));
    return Combinators.combine(magnitude, measures())
        .flatAs(
            (size, measure) ->
                Combinators.combine(
                        tolerances(size),
                        figure(size, measure).optional(0.8).list().ofSize(months),
                        targets(size, measure, first, months))
                    .as(
                        (tolerance, figures, targets) ->
                            new IndicatorCase(measure, tolerance, figures, targets)));
  }

  private Arbitrary<Measure> measures() {
    Arbitrary<Polarity> polarity = Arbitraries.of(Polarity.class);
    Arbitrary<Integer> decimals = Arbitraries.integers().between(0, 6);
    Arbitrary<Boolean> components = Arbitraries.of(true, false);
    return Combinators.combine(polarity, decimals, components)
        .flatAs(
            (p, d, withComponents) ->
                withComponents
                    ? Arbitraries.of(Unit.class)
                        .map(u -> Measure.ofComponents(u, d, p, AggregationKind.CUMULATIVE))
                    : Arbitraries.of(Unit.COUNT, Unit.MONEY)
                        .map(u -> Measure.of(u, d, p, AggregationKind.CUMULATIVE)));
  }

  private Arbitrary<Tolerance> tolerances(Magnitude size) {
    Arbitrary<Tolerance> relative =
        Arbitraries.oneOf(
            Arbitraries.of("0", "0.05", "0.1", "0.125", "0.25", "0.5", "1")
                .map(Tolerance::relative),
            Arbitraries.longs().between(0, Scaled.ONE).map(s -> relative(s)));
    Arbitrary<Tolerance> absolute =
        Arbitraries.oneOf(
            Arbitraries.of("0", "0.5", "1", "2", "5", "10").map(Tolerance::absolute),
            scaled(size).map(s -> new Tolerance.Absolute(Scaled.toDecimal(Math.abs(s)))));
    return Arbitraries.oneOf(relative, absolute);
  }

  private static Tolerance relative(long scaledShare) {
    return new Tolerance.Relative(Scaled.toDecimal(scaledShare));
  }

  private Arbitrary<Figure> figure(Magnitude size, Measure measure) {
    if (!measure.components()) {
      return scaled(size).map(value -> new Figure.Plain(Scaled.toDecimal(value)));
    }
    Arbitrary<Long> denominator =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(0L)),
            Tuple.of(10, scaled(size).map(Math::abs)),
            Tuple.of(1, scaled(size).map(d -> -Math.abs(d))));
    return Combinators.combine(scaled(size).map(Math::abs), denominator)
        .as((n, d) -> new Figure.Ratio(Scaled.toDecimal(n), Scaled.toDecimal(d)));
  }

  /** A scaled figure or target of the given size, sometimes negative. */
  private Arbitrary<Long> scaled(Magnitude size) {
    return switch (size) {
      case TINY ->
          Arbitraries.frequencyOf(
              Tuple.of(8, Arbitraries.longs().between(0, 6).map(v -> v * Scaled.ONE)),
              Tuple.of(2, Arbitraries.longs().between(-20, 120).map(v -> v * Scaled.ONE / 2)),
              Tuple.of(1, Arbitraries.longs().between(-2, 2).map(v -> v * Scaled.ONE)));
      case DECIMAL -> Arbitraries.longs().between(-100_000L, 100_000_000L);
      case HUGE -> Arbitraries.longs().between(-Scaled.LIMIT / 4, Scaled.LIMIT);
    };
  }

  private Arbitrary<Map<FinancialYear, Target>> targets(
      Magnitude size, Measure measure, YearMonth first, int months) {
    FinancialYear from = FinancialYear.containing(first);
    FinancialYear to = FinancialYear.containing(first.plusMonths(months - 1L));
    int years = to.startYear() - from.startYear() + 1;
    Arbitrary<Integer> yearWithoutTarget = Arbitraries.integers().between(-3 * years, years - 1);
    return Combinators.combine(target(size, measure).list().ofSize(years), yearWithoutTarget)
        .as(
            (list, unset) -> {
              Map<FinancialYear, Target> byYear = new LinkedHashMap<>();
              for (int year = 0; year < years; year++) {
                if (year != unset) {
                  byYear.put(new FinancialYear(from.startYear() + year), list.get(year));
                }
              }
              return byYear;
            });
  }

  private Arbitrary<Target> target(Magnitude size, Measure measure) {
    Arbitrary<BigDecimal> value = targetValue(size, measure);
    return Arbitraries.frequencyOf(
        Tuple.of(6, value.map(Target.SingleValue::new)),
        Tuple.of(
            3,
            Combinators.combine(value, value).as((a, b) -> new Target.Range(a.min(b), a.max(b)))),
        Tuple.of(2, Combinators.combine(value, value).as(Target.MonthlyIncrement::new)),
        Tuple.of(1, Arbitraries.just(new Target.ToBeConfirmed("awaiting Cabinet"))),
        Tuple.of(1, Arbitraries.just(new Target.NoTarget())));
  }

  /**
   * A target near the figures: for a count, near a cumulative total (multiples of 12 profile to
   * whole months); for a ratio, a simple fraction of the unit's multiplier, which ties often.
   */
  private Arbitrary<BigDecimal> targetValue(Magnitude size, Measure measure) {
    if (size != Magnitude.TINY) {
      return scaled(size).map(Scaled::toDecimal);
    }
    if (!measure.components()) {
      return Arbitraries.oneOf(
          Arbitraries.longs().between(0, 8).map(k -> BigDecimal.valueOf(12 * k)),
          Arbitraries.longs().between(-2, 80).map(BigDecimal::valueOf));
    }
    BigDecimal multiplier = measure.unit().multiplier();
    return Arbitraries.longs()
        .between(0, 12)
        .map(k -> multiplier.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(4)));
  }
}
