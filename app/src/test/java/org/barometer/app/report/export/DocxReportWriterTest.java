package org.barometer.app.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportFormat;
import org.junit.jupiter.api.Test;

class DocxReportWriterTest {

  private static final String BINS = "Missed bin collections <script>alert(1)</script> & more";

  private final DocxReportWriter writer = new DocxReportWriter();

  @Test
  void sectionsAreWordHeadingsThatShowInTheNavigationPane() throws IOException {
    try (XWPFDocument doc = read(Reports.small())) {
      assertThat(headings(doc, "Heading1"))
          .containsExactly("Monthly Performance Report: November 2016");
      assertThat(headings(doc, "Heading2"))
          .containsExactly(
              "Summary",
              "Corporate indicators",
              "Exceptions",
              "Contextual basket",
              "Priority actions",
              "Revisions");
      assertThat(headings(doc, "Heading3")).contains("By department", "12 " + BINS);
      assertThat(doc.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr()).isNull();
      for (int level = 1; level <= 3; level++) {
        XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
        assertThat(style.getName()).isEqualTo("heading " + level);
        assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
            .isEqualTo(level - 1);
      }
      assertThat(writer.format()).isEqualTo(ReportFormat.DOCX);
    }
  }

  @Test
  void theTitleIsFollowedByThePackOrganisationAndEdition() throws IOException {
    try (XWPFDocument doc = read(Reports.small())) {
      assertThat(doc.getParagraphs().subList(1, 4))
          .extracting(XWPFParagraph::getText)
          .containsExactly(
              "Whole report", "Southend-on-Sea Borough Council", "Published 5 December 2016");
    }
  }

  @Test
  void everyTableHasAHeaderRowRepeatedOnEachPage() throws IOException {
    try (XWPFDocument doc = read(Reports.small())) {
      // the summary's four, indicators, contextual, actions, revisions
      assertThat(doc.getTables()).hasSize(8);
      for (XWPFTable table : doc.getTables()) {
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold())
            .isTrue();
        assertThat(table.getRows().subList(1, table.getRows().size()))
            .noneMatch(XWPFTableRow::isRepeatHeader);
      }
    }
  }

  @Test
  void theIndicatorsTableIsCompactAndKeepsTextLiteral() throws IOException {
    try (XWPFDocument doc = read(Reports.small())) {
      XWPFTable indicators = tableAfter(doc, "Corporate indicators");
      assertThat(texts(indicators.getRow(0)))
          .containsExactly(
              "Code",
              "Indicator",
              "Period",
              "Figure",
              "Target",
              "Status",
              "Direction of travel",
              "Year-end forecast");
      assertThat(indicators.getRows()).hasSize(4);
      List<String> bins = texts(indicators.getRow(2));
      assertThat(bins.get(1)).isEqualTo(BINS);
      assertThat(bins.get(3)).isEqualTo("5,719");
      assertThat(bins.get(5)).startsWith("Red\nRed: 5,719 against");
      assertThat(texts(indicators.getRow(3)).get(3)).isEqualTo("–");
      String xml = part(writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED));
      assertThat(xml).contains("&lt;script>alert(1)&lt;/script> &amp; more");
      assertThat(xml).doesNotContain("<script", "& more");
    }
  }

  @Test
  void theSummaryCountsEachStatusWithTheChangeSinceLastMonth() throws IOException {
    try (XWPFDocument doc = read(Reports.small())) {
      XWPFTable total = tableAfter(doc, "All corporate indicators");
      assertThat(texts(total.getRow(1)))
          .containsExactly(
              "All corporate indicators",
              "1 (+1)",
              "0 (\u22121)",
              "1 (no change)",
              "1 (no change)",
              "3");
    }
  }

  @Test
  void eachExceptionHasItsExplanationAndRecoveryAction() throws IOException {
    try (XWPFDocument doc = read(Reports.small())) {
      List<String> after = textsAfter(doc, "12 " + BINS, 3);
      assertThat(after.get(0)).startsWith("Red: 5,719");
      assertThat(after.get(1))
          .isEqualTo("Explanation: A new contractor started in October and rounds were missed.");
      assertThat(after.get(2))
          .isEqualTo(
              "Recovery action: Rounds re-planned; weekly checks by the service manager until"
                  + " March.");
    }
  }

  @Test
  void actionsKeepOverdueFirstAndRevisionsSayWhatChanged() throws IOException {
    try (XWPFDocument doc = read(Reports.small())) {
      XWPFTable actions = tableAfter(doc, "Priority actions");
      assertThat(actions.getRows()).hasSize(3);
      assertThat(texts(actions.getRow(1)))
          .startsWith("A7", "Open the new library", "Director of Culture")
          .contains("31 Mar 2017", "40%")
          .last()
          .isEqualTo("Overdue: Building handed over (due 30 Sep 2016)\nNext: Opening ceremony");
      assertThat(texts(actions.getRow(2)).get(0)).isEqualTo("A2");
      XWPFTable revisions = tableAfter(doc, "Revisions");
      assertThat(texts(revisions.getRow(1)))
          .containsExactly(
              "12 " + BINS,
              "Oct 2016",
              "October 2016",
              "5,102",
              "5,210",
              "Late returns from the contractor");
    }
  }

  @Test
  void aCutReportHoldsOnlyItsPackAndSaysWhenASectionIsEmpty() throws IOException {
    MonthlyReport small = Reports.small();
    Pack people = small.pack("committee-people").orElseThrow();
    byte[] file = writer.write(small.cut(people), people, Reports.DRAFT);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
      XWPFTable indicators = tableAfter(doc, "Corporate indicators");
      assertThat(indicators.getRows()).hasSize(3);
      assertThat(texts(indicators.getRow(1)).get(0)).isEqualTo("1");
      assertThat(texts(indicators.getRow(2)).get(0)).isEqualTo("23");
      assertThat(textsAfter(doc, "Exceptions", 1))
          .containsExactly("No corporate indicator is red this month.");
      assertThat(textsAfter(doc, "Revisions", 2).get(1)).isEqualTo("None this month.");
      assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("People Scrutiny Committee");
      assertThat(doc.getParagraphs().get(3).getText())
          .isEqualTo("Draft, built 1 December 2016: figures may still change");
    }
  }

  @Test
  void theDocumentIsEnglishUkWithItsTitleAndTheSameBytesEachTime() throws IOException {
    byte[] first = writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED);
    assertThat(writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED)).isEqualTo(first);
    assertThat(Reports.entryTimes(first)).isNotEmpty().containsOnly(Reports.BUILT);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(first))) {
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle())
          .isEqualTo("Monthly Performance Report: November 2016 \u2014 Whole report");
      assertThat(core.getCreated()).isEqualTo(Date.from(Instant.parse("2016-12-05T09:00:00Z")));
      assertThat(doc.getStyles().getDefaultRunStyle().getRPr().getLangArray(0).getVal())
          .isEqualTo("en-GB");
    }
  }

  private XWPFDocument read(MonthlyReport report) throws IOException {
    return new XWPFDocument(
        new ByteArrayInputStream(writer.write(report, Pack.all(), Reports.PUBLISHED)));
  }

  private static List<String> headings(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  /** The texts of the next paragraphs after the one with that text, tables skipped. */
  private static List<String> textsAfter(XWPFDocument doc, String text, int count) {
    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (paragraphs.get(p).getText().equals(text)) {
        return paragraphs.subList(p + 1, p + 1 + count).stream()
            .map(XWPFParagraph::getText)
            .toList();
      }
    }
    throw new AssertionError("no paragraph " + text);
  }

  /** The first table after the paragraph with that text. */
  private static XWPFTable tableAfter(XWPFDocument doc, String text) {
    boolean seen = false;
    for (var element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph && paragraph.getText().equals(text)) {
        seen = true;
      } else if (seen && element instanceof XWPFTable table) {
        return table;
      }
    }
    throw new AssertionError("no table after " + text);
  }

  private static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  /** The document's body as written, to see how its text is escaped. */
  private static String part(byte[] docx) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}
