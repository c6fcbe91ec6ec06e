package org.barometer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.barometer.core.batch.BatchEvaluation;
import org.barometer.core.batch.BatchResults;
import org.barometer.core.batch.BatchStatus;
import org.barometer.core.batch.MonthlyColumns;
import org.barometer.core.batch.TargetColumns;
import org.barometer.core.period.MonthPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One organisation of the synthetic catalogue (500 indicators x 120 months, 60,000
 * indicator-months), evaluated by the exact path as the application calls it for one figure ({@code
 * Aggregation.forPeriod}, {@code TargetForPeriod.of}, {@code StatusRule.rate}, {@code
 * DirectionOfTravel.between} against the same month last year), and by the batch path on the same
 * data, so the two can be compared per indicator-month.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class ExactPathBenchmark {

  static final int INDICATOR_MONTHS = SyntheticCatalogue.INDICATORS * SyntheticCatalogue.MONTHS;

  private List<ExactOrganisation.Indicator> indicators;
  private final List<MonthPeriod> periods = new ArrayList<>();
  private MonthlyColumns figures;
  private TargetColumns targets;
  private BatchResults results;

  @Setup(Level.Trial)
  public void buildOneOrganisation() {
    SyntheticCatalogue catalogue = new SyntheticCatalogue();
    indicators = ExactOrganisation.of(catalogue, 0);
    for (int month = 0; month < SyntheticCatalogue.MONTHS; month++) {
      periods.add(ExactOrganisation.period(month));
    }
    SyntheticCatalogue.Columns columns = catalogue.columns(1);
    figures = columns.figures();
    targets = columns.targets();
    results = BatchResults.shapedLike(figures);
    requireSameAnswers();
  }

  @Benchmark
  @OperationsPerInvocation(INDICATOR_MONTHS)
  public void exactPath(Blackhole blackhole) {
    for (ExactOrganisation.Indicator indicator : indicators) {
      for (MonthPeriod period : periods) {
        blackhole.consume(ExactOrganisation.evaluate(indicator, period));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(INDICATOR_MONTHS)
  public BatchResults batchPath() {
    return BatchEvaluation.evaluate(figures, targets, results);
  }

  /** The comparison means nothing unless both paths give the same answers on this data. */
  private void requireSameAnswers() {
    BatchEvaluation.evaluate(figures, targets, results);
    for (int indicator = 0; indicator < indicators.size(); indicator++) {
      for (int month = 0; month < periods.size(); month++) {
        ExactOrganisation.Outcome exact =
            ExactOrganisation.evaluate(indicators.get(indicator), periods.get(month));
        if (BatchStatus.of(exact.status()) != results.status(indicator, month)
            || exact.direction().direction() != results.direction(indicator, month)) {
          throw new IllegalStateException(
              "The paths disagree on indicator " + indicator + ", month " + month + ": " + exact);
        }
      }
    }
  }
}
