package org.barometer.core.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.core.fixture.MeasureBuilder.aMeasure;
import static org.barometer.core.fixture.SeriesBuilder.figure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;

class AggregationProperties {

  private static final YearMonth FIRST = YearMonth.of(2015, 11);

  @Property(tries = 200)
  void reordersNothingWhenTheMonthsComeInAnotherOrder(
      @ForAll("counts") List<String> figures, @ForAll AggregationKind kind, @ForAll Random random) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).build();

    // then
    assertSameReportedFiguresWhenShuffled(measure, figures, random);
  }

  @Property(tries = 200)
  void reordersNothingForFiguresCollectedWithComponents(
      @ForAll("ratios") List<String> figures, @ForAll AggregationKind kind, @ForAll Random random) {
    // given
    Measure measure = aMeasure().percentage().aggregation(kind).withComponents().build();

    // then
    assertSameReportedFiguresWhenShuffled(measure, figures, random);
  }

  @Property
  void neverLowersACumulativeCountFromMonthToMonth(@ForAll("yearOfCounts") List<String> figures) {
    // given
    Measure measure = aMeasure().count().cumulative().build();
    Series series = Series.of(Frequency.MONTHLY, measurements(YearMonth.of(2016, 4), figures));

    // when
    List<Optional<ExactValue>> year = new ArrayList<>();
    for (int month = 0; month < 12; month++) {
      year.add(
          Aggregation.forPeriod(
                  measure, series, new MonthPeriod(YearMonth.of(2016, 4).plusMonths(month)))
              .value());
    }

    // then
    ExactValue previous = ExactValue.ZERO;
    for (Optional<ExactValue> value : year) {
      if (value.isPresent()) {
        assertThat(value.get()).isGreaterThanOrEqualTo(previous);
        previous = value.get();
      }
    }
  }

  @Property
  void keepsARatioOfSumsBetweenTheLowestAndHighestMonthlyRatio(
      @ForAll("yearOfPositiveRatios") List<String> figures) {
    // given
    Measure measure = aMeasure().percentage().cumulative().withComponents().build();
    List<Measurement> months = measurements(YearMonth.of(2016, 4), figures);
    Series series = Series.of(Frequency.MONTHLY, months);

    // when
    ReportedFigure march =
        Aggregation.forPeriod(measure, series, new MonthPeriod(YearMonth.of(2017, 3)));

    // then
    List<ExactValue> monthly =
        months.stream()
            .map(m -> m.figure().value(measure.unit().multiplier()).orElseThrow())
            .toList();
    assertThat(march.value().orElseThrow())
        .isBetween(Collections.min(monthly), Collections.max(monthly));
  }

  @Property
  void countsTheMonthsThatHaveFigures(
      @ForAll("yearOfCounts") List<String> figures, @ForAll("windowed") AggregationKind kind) {
    // given
    Measure measure = aMeasure().count().aggregation(kind).build();
    Series series = Series.of(Frequency.MONTHLY, measurements(YearMonth.of(2016, 4), figures));

    // when
    ReportedFigure march =
        Aggregation.forPeriod(measure, series, new MonthPeriod(YearMonth.of(2017, 3)));

    // then the year-to-date and 12-month windows at March both cover the whole year
    long entered = figures.stream().filter(f -> f != null).count();
    assertThat(march.coverage().covered()).isEqualTo(entered);
    assertThat(march.coverage().expected()).isEqualTo(12);
    assertThat(march.incomplete()).isEqualTo(entered < 12);
    assertThat(march.hasValue()).isEqualTo(entered > 0);
  }

  @Provide
  Arbitrary<List<String>> counts() {
    return Arbitraries.integers()
        .between(-50, 1000)
        .map(String::valueOf)
        .injectNull(0.2)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<String>> ratios() {
    return ratio(0).injectNull(0.2).list().ofMinSize(1).ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<String>> yearOfCounts() {
    return Arbitraries.integers()
        .between(0, 1000)
        .map(String::valueOf)
        .injectNull(0.2)
        .list()
        .ofSize(12);
  }

  @Provide
  Arbitrary<List<String>> yearOfPositiveRatios() {
    return ratio(1).list().ofSize(12);
  }

  @Provide
  Arbitrary<AggregationKind> windowed() {
    return Arbitraries.of(
        AggregationKind.CUMULATIVE,
        AggregationKind.YEAR_TO_DATE_AVERAGE,
        AggregationKind.ROLLING_12_MONTHS);
  }

  private static Arbitrary<String> ratio(int smallestDenominator) {
    return Arbitraries.integers()
        .between(smallestDenominator, 200)
        .flatMap(
            denominator ->
                Arbitraries.integers().between(0, denominator).map(n -> n + "/" + denominator));
  }

  private static void assertSameReportedFiguresWhenShuffled(
      Measure measure, List<String> figures, Random random) {
    List<Measurement> inOrder = measurements(FIRST, figures);
    List<Measurement> shuffled = new ArrayList<>(inOrder);
    Collections.shuffle(shuffled, random);
    Series ordered = Series.of(Frequency.MONTHLY, inOrder);
    Series reordered = Series.of(Frequency.MONTHLY, shuffled);

    for (int month = 0; month <= figures.size(); month++) {
      MonthPeriod period = new MonthPeriod(FIRST.plusMonths(month));
      assertThat(Aggregation.forPeriod(measure, reordered, period))
          .isEqualTo(Aggregation.forPeriod(measure, ordered, period));
      assertThat(Aggregation.latest(measure, reordered, period.month()))
          .isEqualTo(Aggregation.latest(measure, ordered, period.month()));
    }
  }

  private static List<Measurement> measurements(YearMonth first, List<String> figures) {
    List<Measurement> measurements = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i) != null) {
        measurements.add(
            Measurement.of(new MonthPeriod(first.plusMonths(i)), figure(figures.get(i))));
      }
    }
    return measurements;
  }
}
