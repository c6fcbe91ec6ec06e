package org.barometer.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The properties issue 5 asks of the analysis, over random series, settings and targets. */
class SpcProperties {

  /** A chart to analyse: values (null for a gap), polarity, target and settings. */
  record Chart(
      List<BigDecimal> values, SpcPolarity polarity, BigDecimal target, SpcSettings settings) {

    SpcResult analyse() {
      SpcTarget spcTarget = target == null ? SpcTarget.none() : SpcTarget.of(target);
      return Spc.analyse(SpcSeries.of(values), polarity, spcTarget, settings);
    }

    Chart map(UnaryOperator<BigDecimal> f) {
      List<BigDecimal> mapped = new ArrayList<>();
      for (BigDecimal value : values) {
        mapped.add(value == null ? null : f.apply(value));
      }
      return new Chart(mapped, polarity, target == null ? null : f.apply(target), settings);
    }
  }

  @Provide
  Arbitrary<Chart> charts() {
    Arbitrary<List<BigDecimal>> values =
        Arbitraries.integers()
            .between(-5_000, 5_000)
            .map(n -> BigDecimal.valueOf(n, 1))
            .injectNull(0.03)
            .list()
            .ofMinSize(2)
            .ofMaxSize(60)
            .filter(list -> list.stream().anyMatch(v -> v != null));
    Arbitrary<SpcPolarity> polarity = Arbitraries.of(SpcPolarity.class);
    Arbitrary<BigDecimal> target =
        Arbitraries.integers()
            .between(-600, 600)
            .map(n -> BigDecimal.valueOf(n, 0))
            .injectNull(0.3);
    Arbitrary<SpcProfile> profile = Arbitraries.of(SpcProfile.class);
    Arbitrary<Integer> recalculation = Arbitraries.integers().between(0, 59);
    return Combinators.combine(values, polarity, target, profile, recalculation)
        .as(
            (v, p, t, prof, r) -> {
              SpcSettings settings = SpcSettings.of(prof);
              if (r > 0 && r < v.size()) {
                settings = settings.withRecalculateAt(List.of(r));
              }
              return new Chart(v, p, t, settings);
            });
  }

  @Property(tries = 300)
  void theLimitsAreSymmetricAboutTheMean(@ForAll("charts") Chart chart) {
    for (Segment segment : chart.analyse().segments()) {
      if (segment.limitsShown()) {
        BigDecimal above = segment.upperLimit().subtract(segment.mean());
        BigDecimal below = segment.mean().subtract(segment.lowerLimit());
        assertThat(above.subtract(below).abs()).isLessThan(new BigDecimal("1e-9"));
        assertThat(above.signum()).isNotNegative();
        BigDecimal twoSigma = segment.upperTwoSigma().subtract(segment.mean());
        assertThat(twoSigma).isLessThanOrEqualTo(above);
      }
    }
  }

  @Property(tries = 300)
  void addingAConstantShiftsMeanAndLimitsByItAndChangesNoSignal(
      @ForAll("charts") Chart chart, @ForAll @IntRange(min = -100_000, max = 100_000) int cents) {
    BigDecimal constant = BigDecimal.valueOf(cents, 2);
    assertMovesEveryLineAlike(chart, v -> v.add(constant));
  }

  @Property(tries = 300)
  void scalingByAPositiveFactorScalesTheLimitsAndChangesNoSignal(
      @ForAll("charts") Chart chart, @ForAll @IntRange(min = 1, max = 4_000) int quarters) {
    BigDecimal factor = BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4));
    assertMovesEveryLineAlike(chart, v -> v.multiply(factor));
  }

  /**
   * Mapping every value (and the target) by {@code f} changes no signal or icon, and maps each
   * period's mean and limits by {@code f} too.
   */
  private static void assertMovesEveryLineAlike(Chart chart, UnaryOperator<BigDecimal> f) {
    SpcResult before = chart.analyse();
    SpcResult after = chart.map(f).analyse();

    assertSameSignals(before, after);
    for (int i = 0; i < before.segments().size(); i++) {
      Segment one = before.segments().get(i);
      Segment other = after.segments().get(i);
      if (one.mean() == null) {
        assertThat(other.mean()).isNull();
        continue;
      }
      assertClose(other.mean(), f.apply(one.mean()));
      if (one.limitsShown()) {
        assertClose(other.upperLimit(), f.apply(one.upperLimit()));
        assertClose(other.lowerLimit(), f.apply(one.lowerLimit()));
      }
    }
  }

  @Property(tries = 300)
  void aConstantSeriesGivesNoSignalAndNoNaN(
      @ForAll @IntRange(min = -100_000, max = 100_000) int tenths,
      @ForAll @IntRange(min = 1, max = 80) int length,
      @ForAll SpcProfile profile,
      @ForAll SpcPolarity polarity) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      values.add(BigDecimal.valueOf(tenths, 1));
    }
    SpcResult result =
        Spc.analyse(
            SpcSeries.of(values), polarity, SpcTarget.of(BigDecimal.ZERO), SpcSettings.of(profile));

    assertThat(result.specialCauses()).containsOnly(SpecialCause.NONE);
    assertThat(result.latest().mean()).isEqualByComparingTo(BigDecimal.valueOf(tenths, 1));
    if (result.latest().limitsShown()) {
      assertThat(result.latest().upperLimit()).isEqualByComparingTo(result.latest().mean());
      assertThat(result.latest().lowerLimit()).isEqualByComparingTo(result.latest().mean());
      assertThat(result.variationIcon()).contains(VariationIcon.COMMON_CAUSE);
    }
  }

  @Property(tries = 300)
  void aGapNeverCarriesASignal(@ForAll("charts") Chart chart) {
    SpcResult result = chart.analyse();
    for (int i = 0; i < chart.values().size(); i++) {
      if (chart.values().get(i) == null) {
        assertThat(result.specialCause(i)).isEqualTo(SpecialCause.NONE);
        assertThat(result.rules(i)).isEmpty();
      }
    }
  }

  private static void assertSameSignals(SpcResult before, SpcResult after) {
    assertThat(after.specialCauses()).isEqualTo(before.specialCauses());
    assertThat(after.variationIcon()).isEqualTo(before.variationIcon());
    assertThat(after.assuranceIcon()).isEqualTo(before.assuranceIcon());
    for (int i = 0; i < before.series().size(); i++) {
      assertThat(after.rules(i)).isEqualTo(before.rules(i));
    }
  }

  private static void assertClose(BigDecimal actual, BigDecimal expected) {
    BigDecimal tolerance = expected.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-12"));
    assertThat(actual.subtract(expected).abs()).isLessThanOrEqualTo(tolerance);
  }
}
