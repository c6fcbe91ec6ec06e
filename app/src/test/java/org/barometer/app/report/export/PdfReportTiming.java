package org.barometer.app.report.export;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.SampleReports;

/**
 * How long the PDF of a report of many indicators takes, warm: a benchmark run by {@code
 * bench/report-pdf.sh}, never a unit test (see docs/benchmarks.md).
 *
 * <p>Arguments: indicators (200), warm-up renders (5), measured renders (20).
 */
public final class PdfReportTiming {

  private PdfReportTiming() {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    MonthlyReport report = SampleReports.ofSize(size);
    EditionMark mark = new EditionMark(false, LocalDate.of(2016, 12, 5));
    PdfReportWriter writer = new PdfReportWriter();
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean process =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    long bodyStart = System.nanoTime();
    int bodyChars = PdfReportBody.of(report, Pack.all(), mark).length();
    System.out.printf(
        "body: %d characters of XHTML in %.1f ms (first call)%n",
        bodyChars, (System.nanoTime() - bodyStart) / 1e6);

    byte[] pdf = new byte[0];
    for (int i = 0; i < warmups; i++) {
      long start = System.nanoTime();
      pdf = writer.write(report, Pack.all(), mark);
      System.out.printf("warm-up %d: %.0f ms%n", i + 1, (System.nanoTime() - start) / 1e6);
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    double[] processCpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long processStart = process.getProcessCpuTime();
      long cpuStart = thread.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      pdf = writer.write(report, Pack.all(), mark);
      wall[i] = (System.nanoTime() - start) / 1e6;
      cpu[i] = (thread.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      processCpu[i] = (process.getProcessCpuTime() - processStart) / 1e6;
    }
    int pages;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      pages = document.getNumberOfPages();
    }
    System.out.printf(
        "%d indicators, %d pages, %d KB per PDF, %d warm-ups, %d measured renders%n",
        size, pages, pdf.length / 1024, warmups, runs);
    print("wall time", wall);
    print("CPU, rendering thread", cpu);
    print("CPU, whole process (GC included)", processCpu);
  }

  private static void print(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0);
    double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    System.out.printf(
        "%-34s mean %6.0f ms  p95 %6.0f ms  min %6.0f ms  max %6.0f ms%n",
        what + ":", mean, p95, sorted[0], sorted[sorted.length - 1]);
  }
}
