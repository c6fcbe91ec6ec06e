package org.barometer.app.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.SampleReports;
import org.barometer.app.spreadsheet.SpreadsheetText;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

  private final XlsxReportWriter writer = new XlsxReportWriter();

  @Test
  void writesTheSummaryFirstThenOneSheetPerSection() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
          .containsExactly(
              "Summary", "Indicators", "Exceptions", "Contextual", "Actions", "Revisions");
      assertThat(writer.format()).isEqualTo(ReportFormat.XLSX);
    }
  }

  @Test
  void theSummaryNamesTheReportPackAndEditionAndCountsStatusesNowAndLastMonth() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Sheet summary = book.getSheet("Summary");
      assertThat(texts(summary, 0)).containsExactly("Monthly Performance Report: November 2016");
      assertThat(texts(summary, 1)).containsExactly("Pack", "Whole report");
      assertThat(texts(summary, 4)).containsExactly("Edition", "Published 5 December 2016");
      Row total = summary.getRow(7);
      assertThat(texts(summary, 6)).startsWith("Group", "Name", "Green", "Amber", "Red");
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("All corporate indicators");
      // green, amber, red, none, total; then the same last month
      assertThat(numbers(total, 2, 12)).containsExactly(1d, 0d, 1d, 1d, 3d, 0d, 1d, 1d, 1d, 3d);
      assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(texts(summary, 8)).startsWith("Department", "People");
      assertThat(((XSSFSheet) summary).getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A7:L14");
    }
  }

  @Test
  void aPercentageIsStoredAsAFractionWithAPercentFormatOfItsDecimals() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Row satisfaction = row(book.getSheet("Indicators"), "1");
      Cell figure = satisfaction.getCell(7);
      assertThat(figure.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(figure.getNumericCellValue()).isEqualTo(0.8734);
      assertThat(figure.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(satisfaction.getCell(8).getNumericCellValue()).isEqualTo(0.8);
      assertThat(new DataFormatter().formatCellValue(figure)).isEqualTo("87.34%");
    }
  }

  @Test
  void aCountIsANumberWithThousandsSeparated() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Cell figure = row(book.getSheet("Indicators"), "12").getCell(7);
      assertThat(figure.getNumericCellValue()).isEqualTo(5719d);
      assertThat(figure.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      Cell rate = row(book.getSheet("Contextual"), "C1").getCell(6);
      assertThat(rate.getNumericCellValue()).isEqualTo(63.2);
      assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
    }
  }

  @Test
  void aMissingFigureIsABlankCellNotZero() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Row delayed = row(book.getSheet("Indicators"), "23");
      assertThat(delayed.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(delayed.getCell(15).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(delayed.getCell(8).getNumericCellValue()).isEqualTo(0.74);
    }
  }

  @Test
  void everyTableSheetHasABoldFrozenHeaderRowPrintedOnEachPageAndAnAutoFilter() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      for (String name :
          List.of("Indicators", "Exceptions", "Contextual", "Actions", "Revisions")) {
        XSSFSheet sheet = book.getSheet(name);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
            .as(name)
            .isEqualTo((short) 1);
        Row header = sheet.getRow(0);
        assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
            .as(name)
            .isTrue();
        String last = header.getCell(header.getLastCellNum() - 1).getAddress().formatAsString();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
            .as(name)
            .isEqualTo("A1:" + last.replaceAll("\\d+$", "") + (sheet.getLastRowNum() + 1));
        assertThat(sheet.getColumnWidth(1)).as(name).isGreaterThan(sheet.getColumnWidth(0));
        assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
        assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
      }
      assertThat(book.getSheet("Indicators").getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void theIndicatorsSheetHoldsEveryCorporateIndicatorWithItsReadings() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Sheet sheet = book.getSheet("Indicators");
      assertThat(texts(sheet, 0))
          .containsExactly(
              "Code",
              "Indicator",
              "Department",
              "Aim",
              "Committee",
              "Owner",
              "Period",
              "Figure",
              "Target",
              "Status",
              "Status reason",
              "Computed status",
              "Computed status reason",
              "Against previous period",
              "Against last year",
              "Year-end forecast",
              "Variation",
              "Assurance",
              "Commentary");
      assertThat(codes(sheet)).containsExactly("1", "12", "23");
      Row bins = row(sheet, "12");
      assertThat(bins.getCell(1).getStringCellValue())
          .isEqualTo("Missed bin collections <script>alert(1)</script> & more");
      assertThat(bins.getCell(9).getStringCellValue()).isEqualTo("Red");
      assertThat(bins.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(bins.getCell(13).getStringCellValue()).isEqualTo("Improving");
      assertThat(bins.getCell(14).getStringCellValue()).isEqualTo("Worsening");
      assertThat(bins.getCell(15).getNumericCellValue()).isEqualTo(5719d);
      assertThat(bins.getCell(16).getStringCellValue()).isEqualTo("Common cause variation");
      assertThat(bins.getCell(18).getStringCellValue())
          .isEqualTo("Demand rose after the new contract");
    }
  }

  @Test
  void theExceptionsSheetHoldsTheRedIndicatorsWithTheirExplanationAndRecovery() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Sheet sheet = book.getSheet("Exceptions");
      assertThat(codes(sheet)).containsExactly("12");
      assertThat(texts(sheet, 1))
          .endsWith(
              "A new contractor started in October and rounds were missed.",
              "Rounds re-planned; weekly checks by the service manager until March.");
    }
  }

  @Test
  void theContextualSheetShowsTheTrendWithoutStatusOrTarget() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Sheet sheet = book.getSheet("Contextual");
      assertThat(codes(sheet)).containsExactly("C1");
      assertThat(texts(sheet, 0)).doesNotContain("Status", "Target", "Status reason");
      assertThat(texts(sheet, 0)).contains("Against previous period", "Against last year");
    }
  }

  @Test
  void theActionsSheetKeepsOverdueFirstWithRealDatesAndPercentages() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Sheet sheet = book.getSheet("Actions");
      assertThat(codes(sheet)).containsExactly("A7", "A2");
      Row library = sheet.getRow(1);
      Cell due = library.getCell(7);
      assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(due.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2017, 3, 31));
      assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
      assertThat(library.getCell(8).getNumericCellValue()).isEqualTo(0.4);
      assertThat(library.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0%");
      assertThat(library.getCell(9).getStringCellValue())
          .isEqualTo("Building handed over (due 30 Sep 2016)");
      Row seafront = sheet.getRow(2);
      assertThat(seafront.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(seafront.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void theRevisionsSheetSaysWhatWasCorrectedAndWhen() throws IOException {
    try (XSSFWorkbook book = read(Reports.small())) {
      Row revision = book.getSheet("Revisions").getRow(1);
      assertThat(texts(book.getSheet("Revisions"), 1))
          .contains("12", "Oct 2016", "5,102", "5,210", "Late returns from the contractor");
      assertThat(revision.getCell(3).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2016, 10, 1));
      assertThat(revision.getCell(8).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2016, 12, 2));
    }
  }

  @Test
  void textThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
    String formula = "=HYPERLINK(\"http://example.com\",\"click\")";
    try (XSSFWorkbook book = read(Reports.withCommentary("1", formula))) {
      Cell commentary = row(book.getSheet("Indicators"), "1").getCell(18);
      assertThat(commentary.getCellType()).isEqualTo(CellType.STRING);
      assertThat(commentary.getStringCellValue()).isEqualTo("'" + formula);
    }
  }

  @Test
  void noTextCellOfAnySheetStartsAsAFormulaAndNumbersStayNumbers() throws IOException {
    MonthlyReport hostile = SampleReports.hostile();
    List<String> escaped = new ArrayList<>();
    try (XSSFWorkbook book = read(hostile)) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
              String text = cell.getStringCellValue();
              assertThat(text)
                  .as(sheet.getSheetName() + " " + cell.getAddress())
                  .satisfiesAnyOf(
                      t -> assertThat(t).doesNotMatch("(?s)^[=+\\-@\t\r].*"),
                      t -> assertThat(t).matches("-[0-9][0-9,.]*"));
              if (text.startsWith("'")) {
                escaped.add(SpreadsheetText.restored(text));
              }
            }
          }
        }
      }
      Row bins = row(book.getSheet("Indicators"), "12");
      assertThat(bins.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(bins.getCell(7).getNumericCellValue()).isEqualTo(-5719d);
    }
    ReportIndicator bins = hostile.indicators().get(1);
    assertThat(escaped)
        .contains(
            bins.name(),
            bins.commentary(),
            bins.explanation(),
            bins.recoveryAction(),
            hostile.actions().get(0).title(),
            hostile.actions().get(0).commentary(),
            hostile.revisions().get(0).reason());
  }

  @Test
  void aCutReportHoldsOnlyItsPacksIndicatorsActionsAndRevisions() throws IOException {
    MonthlyReport small = Reports.small();
    Pack people = small.pack("committee-people").orElseThrow();
    byte[] file = writer.write(small.cut(people), people, Reports.DRAFT);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertThat(codes(book.getSheet("Indicators"))).containsExactly("1", "23");
      assertThat(codes(book.getSheet("Exceptions"))).isEmpty();
      assertThat(codes(book.getSheet("Contextual"))).isEmpty();
      assertThat(codes(book.getSheet("Actions"))).containsExactly("A7");
      assertThat(codes(book.getSheet("Revisions"))).isEmpty();
      assertThat(texts(book.getSheet("Summary"), 1))
          .containsExactly("Pack", "People Scrutiny Committee");
      assertThat(book.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Monthly Performance Report: November 2016 \u2014 People Scrutiny Committee");
    }
  }

  @Test
  void theSameReportGivesTheSameBytesWithDatesTakenFromTheReportNotTheClock() throws IOException {
    byte[] first = writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED);
    assertThat(writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED)).isEqualTo(first);
    assertThat(Reports.entryTimes(first)).isNotEmpty().containsOnly(Reports.BUILT);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(first))) {
      var core = book.getProperties().getCoreProperties();
      assertThat(core.getCreated()).isEqualTo(Date.from(Instant.parse("2016-12-05T09:00:00Z")));
      assertThat(core.getModified()).isEqualTo(Date.from(Instant.parse("2016-12-05T09:00:00Z")));
      assertThat(core.getCreator()).isEqualTo("Southend-on-Sea Borough Council");
    }
    EditionMark later = new EditionMark(false, LocalDate.of(2016, 12, 9));
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(writer.write(Reports.small(), Pack.all(), later)))) {
      assertThat(book.getProperties().getCoreProperties().getModified())
          .isEqualTo(Date.from(Instant.parse("2016-12-09T00:00:00Z")));
    }
  }

  @Test
  void aLargeReportIsWrittenWhole() throws IOException {
    byte[] file = writer.write(SampleReports.ofSize(600), Pack.all(), Reports.PUBLISHED);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertThat(book.getSheet("Indicators").getLastRowNum()).isEqualTo(600);
      assertThat(book.getSheet("Exceptions").getLastRowNum()).isEqualTo(200);
    }
  }

  private XSSFWorkbook read(MonthlyReport report) throws IOException {
    return new XSSFWorkbook(
        new ByteArrayInputStream(writer.write(report, Pack.all(), Reports.PUBLISHED)));
  }

  private static Row row(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + code + " on " + sheet.getSheetName());
  }

  private static List<String> codes(Sheet sheet) {
    List<String> codes = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0) {
        codes.add(row.getCell(0).getStringCellValue());
      }
    }
    return codes;
  }

  private static List<String> texts(Sheet sheet, int r) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : sheet.getRow(r)) {
      if (cell.getCellType() == CellType.STRING) {
        texts.add(cell.getStringCellValue());
      }
    }
    return texts;
  }

  private static List<Double> numbers(Row row, int from, int to) {
    List<Double> numbers = new ArrayList<>();
    for (int c = from; c < to; c++) {
      numbers.add(row.getCell(c).getNumericCellValue());
    }
    return numbers;
  }
}
