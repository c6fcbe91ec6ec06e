package org.barometer.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.catalogue.Catalogue;
import org.barometer.app.catalogue.CatalogueFolder;
import org.barometer.app.catalogue.ImportCatalogue;
import org.barometer.app.catalogue.Indicator;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.status.Status;
import org.barometer.core.status.Tolerance;
import org.barometer.core.target.TargetHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed's November 2016 figures, judged against their 2016/17 targets by the rules of domain.md
 * with the default tolerance of 10% of the target, on the demo's synthetic history.
 */
class SeedStatusTest {

  private static final YearMonth NOVEMBER_2016 = YearMonth.of(2016, 11);
  private static final Catalogue SEED =
      new ImportCatalogue().from(CatalogueFolder.southend2017()).catalogue().orElseThrow();
  private static final Map<Integer, List<Measurement>> HISTORY = DemoHistory.of(SEED);

  @ParameterizedTest(name = "indicator {0}: {1}")
  @CsvSource(
      textBlock =
          """
          1,  GREEN
          2,  RED
          3,  RED
          4,  GREEN
          5,  GREEN
          6,  GREEN
          7,  GREEN
          8,  GREEN
          9,  AMBER
          10, GREEN
          11, GREEN
          12, RED
          13, GREEN
          14, GREEN
          15, RED
          16, RED
          17, GREEN
          18, RED
          19, RED
          20, GREEN
          21, AMBER
          22, GREEN
          23, NONE
          24, GREEN
          25, AMBER
          26, NONE
          27, NONE
          28, NONE
          29, NONE
          30, NONE
          31, GREEN
          32, GREEN
          33, GREEN
          34, RED
          """)
  void ratesEachNovember2016FigureAgainstIts2016TargetByTheRules(int number, String expected) {
    Assessment assessment = assess(number);

    assertThat(assessment.status().rag().map(Enum::name).orElse("NONE")).isEqualTo(expected);
  }

  @Test
  void reportsEverySeedFigureExactlyAsPrintedAtItsPeriod() {
    for (Indicator indicator : SEED.indicators()) {
      if (indicator.latest().value().isEmpty()) {
        assertThat(HISTORY).doesNotContainKey(indicator.number());
        continue;
      }
      Assessment assessment = assess(indicator.number());

      assertThat(assessment.figure().orElseThrow().period())
          .isEqualTo(new MonthPeriod(indicator.latest().period().orElseThrow()));
      assertThat(assessment.figure().orElseThrow().value())
          .as("indicator %d", indicator.number())
          .contains(ExactValue.of(indicator.latest().value().orElseThrow()));
    }
  }

  @Test
  void matchesEveryTargetPrintedBesideItsFigure() {
    for (Indicator indicator : SEED.indicators()) {
      indicator
          .latest()
          .periodTarget()
          .ifPresent(
              printed ->
                  assertThat(indicator.measure().rounded(pointTarget(assess(indicator.number()))))
                      .as("indicator %d", indicator.number())
                      .isEqualByComparingTo(printed));
    }
  }

  @Test
  void explainsTheRecyclingRateInPlainEnglish() {
    assertThat(assess(9).status().reason())
        .isEqualTo(
            "Amber: 50.56% is 3.44 percentage points (6.4%) below the November target of 54.00%;"
                + " the tolerance is 10% of the target (5.40 points)");
  }

  @Test
  void explainsTheChildProtectionRateAgainstTheTopOfItsRange() {
    assertThat(assess(25).status().reason())
        .startsWith(
            "Amber: 56.5 is 4.2 (8.0%) above the top of the November target range of 45.7"
                + " to 52.3");
  }

  @Test
  void saysWhyANewIndicatorHasNoStatus() {
    Status status = assess(26).status();

    assertThat(status.reason()).isEqualTo("No status: no figure up to Nov 2016");
  }

  private static ExactValue pointTarget(Assessment assessment) {
    return ((org.barometer.core.target.TargetForPeriod.Point) assessment.target()).value();
  }

  private static Assessment assess(int number) {
    Indicator indicator = SEED.indicator(number);
    Series series =
        Series.of(indicator.measure().frequency(), HISTORY.getOrDefault(number, List.of()));
    TargetHistory targets =
        new TargetHistory(
            SEED.targets().stream()
                .filter(t -> t.indicator() == number)
                .filter(t -> t.year().equals(new FinancialYear(2016)))
                .flatMap(t -> t.version(Instant.EPOCH, "seed").stream())
                .toList());
    return Assessment.of(
        indicator.measure(),
        series,
        targets,
        false,
        Tolerance.DEFAULT,
        NOVEMBER_2016,
        Optional.empty());
  }
}
