package org.barometer.app.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * A status set by hand keeps the computed one, with its reason, beside it in every report file
 * (domain.md section 6).
 */
class OverriddenStatusFilesTest {

  private final MonthlyReport report = SampleReports.overridden();

  @Test
  void theCsvHasTheComputedStatusAndItsReasonBesideTheJudgedOne() throws IOException {
    List<CSVRecord> rows = csv(new CsvReportWriter().write(report, Pack.all(), Reports.PUBLISHED));

    CSVRecord overridden = rows.get(0);
    assertThat(overridden.get("status")).isEqualTo("AMBER");
    assertThat(overridden.get("status_reason")).isEqualTo(SampleReports.OVERRIDE_REASON);
    assertThat(overridden.get("computed_status")).isEqualTo("RED");
    assertThat(overridden.get("computed_status_reason")).isEqualTo(SampleReports.COMPUTED_REASON);
    assertThat(rows.get(1).get("computed_status")).as("not overridden").isEmpty();
    assertThat(rows.get(1).get("computed_status_reason")).isEmpty();
  }

  @Test
  void theWorkbookHasTheComputedStatusAndItsReasonBesideTheJudgedOne() throws IOException {
    byte[] file = new XlsxReportWriter().write(report, Pack.all(), Reports.PUBLISHED);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheet("Indicators");
      List<String> header = texts(sheet.getRow(0));
      List<String> row = texts(sheet.getRow(1));
      assertThat(row.get(0)).isEqualTo("1");
      assertThat(row.get(header.indexOf("Status"))).isEqualTo("Amber (overridden)");
      assertThat(row.get(header.indexOf("Status reason"))).isEqualTo(SampleReports.OVERRIDE_REASON);
      assertThat(row.get(header.indexOf("Computed status"))).isEqualTo("Red");
      assertThat(row.get(header.indexOf("Computed status reason")))
          .isEqualTo(SampleReports.COMPUTED_REASON);
      assertThat(header.indexOf("Computed status")).isEqualTo(header.indexOf("Status reason") + 1);
    }
  }

  @Test
  void theWordDocumentSaysTheComputedStatusUnderTheJudgedOne() throws IOException {
    byte[] file = new DocxReportWriter().write(report, Pack.all(), Reports.PUBLISHED);

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText())
          .contains(
              "Amber (overridden)\n"
                  + SampleReports.OVERRIDE_REASON
                  + "\nComputed status: "
                  + SampleReports.COMPUTED_REASON);
    }
  }

  @Test
  void thePdfSaysTheComputedStatusUnderTheJudgedOne() {
    String body = PdfReportBody.of(report, Pack.all(), Reports.PUBLISHED);

    assertThat(body)
        .contains("Amber (overridden)")
        .contains(SampleReports.OVERRIDE_REASON)
        .contains("Computed status")
        .contains(SampleReports.COMPUTED_REASON);
    assertThat(PdfReportBody.of(SampleReports.small(), Pack.all(), Reports.PUBLISHED))
        .doesNotContain("Computed status");
  }

  private static List<CSVRecord> csv(byte[] file) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .get()
        .parse(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))
        .getRecords();
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
    }
    return texts;
  }
}
