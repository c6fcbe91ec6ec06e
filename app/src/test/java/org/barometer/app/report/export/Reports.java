package org.barometer.app.report.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.SampleReports;

/** The sample reports as the writers' tests need them. */
final class Reports {

  static final EditionMark PUBLISHED = new EditionMark(false, LocalDate.of(2016, 12, 5));
  static final EditionMark DRAFT = new EditionMark(true, LocalDate.of(2016, 12, 1));

  private Reports() {}

  /** The time every entry of a zip is stamped with, one per entry. */
  static List<LocalDateTime> entryTimes(byte[] zip) throws IOException {
    List<LocalDateTime> times = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        times.add(entry.getTimeLocal());
      }
    }
    return times;
  }

  /** When the small report was built, as a zip entry's local time in London. */
  static final LocalDateTime BUILT = LocalDateTime.of(2016, 12, 5, 9, 0);

  static MonthlyReport small() {
    return SampleReports.small();
  }

  /** The small report with one indicator's commentary replaced. */
  static MonthlyReport withCommentary(String code, String commentary) {
    MonthlyReport report = SampleReports.small();
    List<ReportIndicator> indicators =
        report.indicators().stream()
            .map(i -> i.code().equals(code) ? commentary(i, commentary) : i)
            .toList();
    return new MonthlyReport(
        report.organisation(),
        report.month(),
        report.builtAt(),
        report.departments(),
        report.aims(),
        report.committees(),
        indicators,
        report.actions(),
        report.revisions());
  }

  private static ReportIndicator commentary(ReportIndicator i, String commentary) {
    return SampleReports.withWords(i, commentary, i.explanation(), i.recoveryAction());
  }
}
