package org.barometer.bench;

import java.util.concurrent.TimeUnit;
import org.barometer.core.batch.BatchEvaluation;
import org.barometer.core.batch.BatchResults;
import org.barometer.core.batch.MonthlyColumns;
import org.barometer.core.batch.TargetColumns;
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

/**
 * The whole synthetic catalogue, 400 organisations x 500 indicators x 120 months (24 million
 * indicator-months), evaluated by the batch path on one thread: cumulative figure, status and
 * direction of travel against the same month last year. One operation is one indicator-month, so
 * JMH reports indicator-month evaluations per second. The fork runs in a 2 GB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class CatalogueEvaluationBenchmark {

  static final int ORGANISATIONS = 400;
  static final int INDICATOR_MONTHS =
      ORGANISATIONS * SyntheticCatalogue.INDICATORS * SyntheticCatalogue.MONTHS;

  private MonthlyColumns figures;
  private TargetColumns targets;
  private BatchResults results;

  @Setup(Level.Trial)
  public void buildCatalogue() {
    SyntheticCatalogue.Columns columns = new SyntheticCatalogue().columns(ORGANISATIONS);
    figures = columns.figures();
    targets = columns.targets();
    results = BatchResults.shapedLike(figures);
    BatchEvaluation.evaluate(figures, targets, results);
    System.out.printf(
        "%nStatuses: %s; sent to the exact path: %d%n",
        results.countByStatus(), results.exactFallbacks());
    HeapReport.print("Catalogue of " + INDICATOR_MONTHS + " indicator-months evaluated");
  }

  @Benchmark
  @OperationsPerInvocation(INDICATOR_MONTHS)
  public BatchResults evaluateWholeCatalogue() {
    return BatchEvaluation.evaluate(figures, targets, results);
  }
}
