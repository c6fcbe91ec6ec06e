package org.barometer.app.report.export;

import org.barometer.app.pdf.PdfDocument;
import org.barometer.app.pdf.PdfSource;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportWriter;
import org.springframework.stereotype.Component;

/**
 * The report, or one of its packs, as an accessible PDF: tagged PDF/UA-1 on A4 through {@link
 * PdfDocument}, with the summary, the corporate indicators with their sparklines, the exceptions,
 * the contextual basket, the priority actions and the revisions. See docs/pdf.md.
 */
@Component
public class PdfReportWriter implements ReportWriter {

  static final String LANGUAGE = "en-GB";

  public PdfReportWriter() {}

  @Override
  public ReportFormat format() {
    return ReportFormat.PDF;
  }

  @Override
  public byte[] write(MonthlyReport report, Pack pack, EditionMark mark) {
    return PdfDocument.render(source(report, pack, mark));
  }

  /** What the PDF is made from: its title, the organisation, the edition's date and the body. */
  static PdfSource source(MonthlyReport report, Pack pack, EditionMark mark) {
    return new PdfSource(
        title(report, pack),
        LANGUAGE,
        report.organisation(),
        mark.date(),
        PdfReportBody.of(report, pack, mark));
  }

  /** "Monthly Performance Report: November 2016", then the pack's name when it is a part. */
  static String title(MonthlyReport report, Pack pack) {
    return pack.isWhole() ? report.title() : report.title() + ": " + pack.name();
  }
}
