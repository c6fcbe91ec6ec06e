package org.barometer.app.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.app.pdf.PdfChecks;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.SampleReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small sample report as a PDF, whole and as the People committee's pack, rendered once. */
class PdfReportWriterTest {

  private static final Path EXAMPLES = Path.of("target", "pdf-examples");

  private static final EditionMark PUBLISHED = new EditionMark(false, LocalDate.of(2016, 12, 5));

  private static final MonthlyReport SMALL = SampleReports.small();

  private static final Pack PEOPLE = SMALL.pack("committee-people").orElseThrow();

  private static byte[] whole;
  private static byte[] people;

  @BeforeAll
  static void renderEachOnce() throws IOException {
    PdfReportWriter writer = new PdfReportWriter();
    whole = writer.write(SMALL, Pack.all(), PUBLISHED);
    people = writer.write(SMALL.cut(PEOPLE), PEOPLE, PUBLISHED);
    Files.createDirectories(EXAMPLES);
    Files.write(EXAMPLES.resolve("report-small.pdf"), whole);
    Files.write(EXAMPLES.resolve("report-small-committee-people.pdf"), people);
  }

  @Test
  void writesPdf() {
    assertThat(new PdfReportWriter().format()).isEqualTo(ReportFormat.PDF);
    assertThat(new String(whole, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void isPdfUa1CompliantByVeraPdf() throws Exception {
    assertThat(PdfChecks.failures(PdfChecks.validate(whole))).isEmpty();
  }

  @Test
  void embedsEveryFontItUses() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(whole)) {
      List<PDFont> fonts = PdfChecks.fonts(pdf);

      assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    }
  }

  @Test
  void saysWhoseReportItIsWhichEditionAndWhichPage() throws IOException {
    String text = text(whole);

    assertThat(text)
        .contains("Southend-on-Sea Borough Council")
        .contains("Monthly Performance Report: November 2016")
        .contains("Published 5 December 2016")
        .contains("Page 1 of");
  }

  @Test
  void showsMarkupInANameAsLiteralText() throws IOException {
    assertThat(text(whole)).contains("Missed bin collections <script>alert(1)</script> & more");
  }

  @Test
  void givesEachRedIndicatorItsExplanationAndRecoveryAction() throws IOException {
    String text = text(whole);

    assertThat(SMALL.exceptions()).isNotEmpty();
    for (ReportIndicator red : SMALL.exceptions()) {
      assertThat(text).contains(red.explanation()).contains(red.recoveryAction());
    }
  }

  @Test
  void saysEveryStatusAndDirectionInWords() throws IOException {
    String text = text(whole);

    assertThat(text)
        .contains("Green: 87.34% against the November target of 80.00%")
        .contains("Improving: 5,719 is better than Oct 2016")
        .contains("Worsening: 5,719 is worse than Nov 2015")
        .contains("Hit and miss target subject to random variation")
        .contains("Building handed over, due 30 September 2016");
  }

  @Test
  void hasAnOutlineEntryForEachSection() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(whole)) {
      assertThat(PdfChecks.children(pdf.getDocumentCatalog().getDocumentOutline()))
          .extracting(PDOutlineItem::getTitle)
          .containsExactlyElementsOf(PdfReportBody.SECTIONS);
    }
  }

  @Test
  void namesEachSparklineByItsSummary() throws IOException {
    List<String> summaries =
        SMALL.indicators().stream()
            .filter(indicator -> !indicator.history().isEmpty())
            .map(indicator -> org.barometer.app.report.ReportView.sparkline(indicator).summary())
            .toList();

    try (PDDocument pdf = Loader.loadPDF(whole)) {
      assertThat(PdfChecks.structure(pdf, "Figure"))
          .extracting(PDStructureElement::getAlternateDescription)
          .containsExactlyInAnyOrderElementsOf(summaries);
    }
    assertThat(summaries).first().asString().startsWith("From ");
  }

  @Test
  void aCommitteePackHoldsOnlyThatCommitteesIndicators() throws IOException {
    String text = text(people);

    assertThat(text)
        .contains("Monthly Performance Report: November 2016: People Scrutiny Committee")
        .contains("Satisfaction with services")
        .contains("Delayed transfers of care")
        .contains("Open the new library")
        .doesNotContain("Missed bin collections")
        .doesNotContain("Recorded crime")
        .doesNotContain("Resurface the seafront");
  }

  /** The PDF's text with every run of white space, line ends included, made one space. */
  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
