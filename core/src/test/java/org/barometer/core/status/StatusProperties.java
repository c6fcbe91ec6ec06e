package org.barometer.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.core.fixture.ReportedFigures.reported;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.barometer.core.fixture.Measures;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.number.ExactValue;
import org.barometer.core.target.TargetForPeriod;

class StatusProperties {

  @Property
  void ratesAFigureExactlyOnTargetGreenWhateverThePolarity(
      @ForAll Polarity polarity,
      @ForAll("amounts") BigDecimal target,
      @ForAll("tolerances") Tolerance tolerance) {
    // given
    Measure measure = Measures.plainNumber(polarity);
    ExactValue onTarget = ExactValue.of(target);

    // when
    Status status =
        StatusRule.rate(measure, reported("2016-11", onTarget), point(onTarget), tolerance);

    // then
    assertThat(status.rag()).contains(Rag.GREEN);
  }

  @Property
  void ratesAGoldilocksFigureInsideItsRangeGreen(
      @ForAll("amounts") BigDecimal low,
      @ForAll("nonNegative") BigDecimal width,
      @ForAll("shares") BigDecimal position,
      @ForAll("tolerances") Tolerance tolerance) {
    // given a figure anywhere from the bottom to the top of the range, bounds included
    ExactValue bottom = ExactValue.of(low);
    ExactValue top = bottom.add(ExactValue.of(width));
    ExactValue inside = bottom.add(ExactValue.of(width).multiply(position));
    Measure measure = Measures.plainNumber(Polarity.GOLDILOCKS);

    // when
    Status status =
        StatusRule.rate(
            measure, reported("2016-11", inside), new TargetForPeriod.Band(bottom, top), tolerance);

    // then
    assertThat(status.rag()).contains(Rag.GREEN);
  }

  @Property
  void neverRatesABetterFigureWorse(
      @ForAll("directed") Polarity polarity,
      @ForAll("amounts") BigDecimal target,
      @ForAll("amounts") BigDecimal a,
      @ForAll("amounts") BigDecimal b,
      @ForAll("tolerances") Tolerance tolerance) {
    // given
    boolean maximise = polarity == Polarity.MAXIMISE;
    BigDecimal better = maximise ? a.max(b) : a.min(b);
    BigDecimal worse = maximise ? a.min(b) : a.max(b);
    Measure measure = Measures.plainNumber(polarity);

    // when
    Rag forBetter = rag(measure, better, point(ExactValue.of(target)), tolerance);
    Rag forWorse = rag(measure, worse, point(ExactValue.of(target)), tolerance);

    // then
    assertThat(forBetter.ordinal()).isLessThanOrEqualTo(forWorse.ordinal());
  }

  @Property
  void neverRatesAGoldilocksFigureCloserToItsRangeWorse(
      @ForAll("amounts") BigDecimal low,
      @ForAll("nonNegative") BigDecimal width,
      @ForAll("nonNegative") BigDecimal d1,
      @ForAll("nonNegative") BigDecimal d2,
      @ForAll boolean above,
      @ForAll("tolerances") Tolerance tolerance) {
    // given two figures on the same side of the range, one nearer than the other
    BigDecimal high = low.add(width);
    BigDecimal near = d1.min(d2);
    BigDecimal far = d1.max(d2);
    BigDecimal nearer = above ? high.add(near) : low.subtract(near);
    BigDecimal farther = above ? high.add(far) : low.subtract(far);
    Measure measure = Measures.plainNumber(Polarity.GOLDILOCKS);
    TargetForPeriod range = new TargetForPeriod.Band(ExactValue.of(low), ExactValue.of(high));

    // when
    Rag forNearer = rag(measure, nearer, range, tolerance);
    Rag forFarther = rag(measure, farther, range, tolerance);

    // then
    assertThat(forNearer.ordinal()).isLessThanOrEqualTo(forFarther.ordinal());
  }

  @Property
  void keepsTheStatusWhenFigureAndTargetAreScaledAlikeUnderARelativeTolerance(
      @ForAll Polarity polarity,
      @ForAll("amounts") BigDecimal figure,
      @ForAll("amounts") BigDecimal target,
      @ForAll("shares") BigDecimal share,
      @ForAll("factors") BigDecimal factor) {
    // given
    Measure measure = Measures.plainNumber(polarity);
    Tolerance relative = new Tolerance.Relative(share);

    // when
    Rag original = rag(measure, figure, point(ExactValue.of(target)), relative);
    Rag scaled =
        rag(
            measure,
            figure.multiply(factor),
            point(ExactValue.of(target.multiply(factor))),
            relative);

    // then
    assertThat(scaled).isEqualTo(original);
  }

  @Property
  void keepsTheStatusWhenAGoldilocksRangeAndFigureAreScaledAlike(
      @ForAll("amounts") BigDecimal figure,
      @ForAll("amounts") BigDecimal low,
      @ForAll("nonNegative") BigDecimal width,
      @ForAll("shares") BigDecimal share,
      @ForAll("factors") BigDecimal factor) {
    // given
    Measure measure = Measures.plainNumber(Polarity.GOLDILOCKS);
    Tolerance relative = new Tolerance.Relative(share);
    BigDecimal high = low.add(width);

    // when
    Rag original = rag(measure, figure, band(low, high), relative);
    Rag scaled =
        rag(
            measure,
            figure.multiply(factor),
            band(low.multiply(factor), high.multiply(factor)),
            relative);

    // then
    assertThat(scaled).isEqualTo(original);
  }

  @Property
  void ratesAMissWithinAnAbsoluteToleranceAmberAndBeyondItRed(
      @ForAll("directed") Polarity polarity,
      @ForAll("amounts") BigDecimal target,
      @ForAll("nonNegative") BigDecimal allowance,
      @ForAll("nonNegative") BigDecimal miss) {
    // given
    Assume.that(miss.signum() > 0);
    BigDecimal figure = polarity == Polarity.MAXIMISE ? target.subtract(miss) : target.add(miss);
    Measure measure = Measures.plainNumber(polarity);

    // when
    Rag rag = rag(measure, figure, point(ExactValue.of(target)), new Tolerance.Absolute(allowance));

    // then
    assertThat(rag).isEqualTo(miss.compareTo(allowance) <= 0 ? Rag.AMBER : Rag.RED);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-100000"), new BigDecimal("100000"))
        .ofScale(3)
        .edgeCases(config -> config.add(BigDecimal.ZERO));
  }

  @Provide
  Arbitrary<BigDecimal> nonNegative() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3);
  }

  @Provide
  Arbitrary<BigDecimal> shares() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.001"), new BigDecimal("1000"))
        .ofScale(3);
  }

  @Provide
  Arbitrary<Polarity> directed() {
    return Arbitraries.of(Polarity.MAXIMISE, Polarity.MINIMISE);
  }

  @Provide
  Arbitrary<Tolerance> tolerances() {
    return Arbitraries.oneOf(
        shares().map(Tolerance.Relative::new), nonNegative().map(Tolerance.Absolute::new));
  }

  private static Rag rag(
      Measure measure, BigDecimal figure, TargetForPeriod target, Tolerance tolerance) {
    return StatusRule.rate(measure, reported("2016-11", ExactValue.of(figure)), target, tolerance)
        .rag()
        .orElseThrow();
  }

  private static TargetForPeriod point(ExactValue value) {
    return new TargetForPeriod.Point(value, "");
  }

  private static TargetForPeriod band(BigDecimal low, BigDecimal high) {
    return new TargetForPeriod.Band(ExactValue.of(low), ExactValue.of(high));
  }
}
