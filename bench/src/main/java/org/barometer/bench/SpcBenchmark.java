package org.barometer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpecialCause;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SPC of 100,000 monthly series of 60 points each ({@link SyntheticSeries}) on one thread: the mean
 * and limits, the four special-cause rules, each point's special cause and both icons, by {@code
 * Spc.analyse} with the {@code mdc} settings and a target for every series. One operation is one
 * point, so JMH reports points per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class SpcBenchmark {

  static final int SERIES = 100_000;
  static final int POINTS = 60;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final SpcSettings settings = SpcSettings.mdc();
  private SyntheticSeries.Chart[] charts;
  private long invocations;
  private long cpuAtStart;

  @Setup(Level.Trial)
  public void buildSeries() {
    charts = new SyntheticSeries().charts(SERIES, POINTS);
    describe();
    HeapReport.print(SERIES + " series of " + POINTS + " points built");
  }

  @Benchmark
  @OperationsPerInvocation(SERIES * POINTS)
  public void analyseEverySeries(Blackhole blackhole) {
    for (SyntheticSeries.Chart chart : charts) {
      blackhole.consume(Spc.analyse(chart.series(), chart.polarity(), chart.target(), settings));
    }
    invocations++;
  }

  /**
   * The benchmark thread's own CPU time, beside JMH's wall-clock score: on a machine shared with
   * other work, points per CPU-second is the steadier measure of points per second per core.
   */
  @Setup(Level.Iteration)
  public void startCpuClock() {
    invocations = 0;
    cpuAtStart = THREADS.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void readCpuClock() {
    double seconds = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
    System.out.printf(
        " [%.0f points per CPU-second of the benchmark thread, %.1f s CPU]",
        invocations * (double) SERIES * POINTS / seconds, seconds);
  }

  /** What the data holds, so a run shows that the rules and icons have work to do. */
  private void describe() {
    Map<String, Integer> causes = new TreeMap<>();
    Map<String, Integer> variation = new TreeMap<>();
    Map<String, Integer> assurance = new TreeMap<>();
    for (SyntheticSeries.Chart chart : charts) {
      SpcResult result = Spc.analyse(chart.series(), chart.polarity(), chart.target(), settings);
      for (SpecialCause cause : result.specialCauses()) {
        causes.merge(cause.key(), 1, Integer::sum);
      }
      variation.merge(result.variationIcon().map(i -> i.key()).orElse("none"), 1, Integer::sum);
      assurance.merge(result.assuranceIcon().map(i -> i.key()).orElse("none"), 1, Integer::sum);
    }
    System.out.printf(
        "%nPoints by special cause: %s%nSeries by variation icon: %s%nSeries by assurance icon: %s%n",
        causes, variation, assurance);
  }
}
