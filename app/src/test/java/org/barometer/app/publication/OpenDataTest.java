package org.barometer.app.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.barometer.app.report.Edition;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.SampleReports;
import org.barometer.app.report.export.CsvColumn;
import org.barometer.app.report.export.CsvReportWriter;
import org.barometer.app.spreadsheet.SpreadsheetText;
import org.junit.jupiter.api.Test;

class OpenDataTest {

  private final MonthlyReport report = SampleReports.small();
  private final Edition edition =
      new Edition(7, report, "admin", Instant.parse("2016-12-05T09:30:00Z"));

  @Test
  void anIndicatorsHistoryIsOneRowPerPublishedFigureUnderItsHeader() throws IOException {
    ReportIndicator indicator = report.indicators().get(1);
    String csv = new String(OpenData.historyCsv(indicator), StandardCharsets.UTF_8);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();

    assertThat(rows.get(0).toList())
        .containsExactlyElementsOf(OpenData.HISTORY_COLUMNS.stream().map(CsvColumn::name).toList());
    assertThat(rows).hasSize(1 + indicator.history().size());
    ReportIndicator.HistoryPoint last = indicator.history().get(indicator.history().size() - 1);
    assertThat(rows.get(rows.size() - 1).toList())
        .containsExactly(
            "12",
            indicator.name(),
            "COUNT",
            last.period(),
            "2016-11",
            last.value().toPlainString(),
            last.shown());
  }

  @Test
  void anIndicatorsHistoryKeepsEveryTextFromRunningAsAFormulaAndNumbersAsNumbers()
      throws IOException {
    ReportIndicator indicator = SampleReports.hostile().indicators().get(1);
    String csv = new String(OpenData.historyCsv(indicator), StandardCharsets.UTF_8);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();

    CSVRecord last = rows.get(rows.size() - 1);
    assertThat(last.get(1)).isEqualTo("'" + indicator.name());
    assertThat(SpreadsheetText.restored(last.get(1))).isEqualTo(indicator.name());
    assertThat(rows.stream().skip(1).map(r -> r.get(5)))
        .as("the values are numbers, some of them negative, never escaped")
        .allMatch(v -> v.matches("-[0-9]+"));
    assertThat(last.get(6)).isEqualTo(indicator.history().get(119).shown()).startsWith("-");
  }

  @Test
  void theMetadataOfACsvStoredBeforeAColumnWasAddedNamesOnlyTheColumnsItHas() {
    String older =
        "edition_month,indicator_code,status,status_reason,commentary\r\n2016-11,1,GREEN,x,y\r\n";
    byte[] current =
        new CsvReportWriter().write(report, org.barometer.app.report.Pack.all(), edition.mark());

    assertThat(OpenData.columnsOf(older.getBytes(StandardCharsets.UTF_8), CsvReportWriter.COLUMNS))
        .extracting(CsvColumn::name)
        .containsExactly(
            "edition_month", "indicator_code", "status", "status_reason", "commentary");
    assertThat(OpenData.columnsOf(current, CsvReportWriter.COLUMNS))
        .isEqualTo(CsvReportWriter.COLUMNS);
  }

  @Test
  void csvwMetadataNamesTheColumnsInOrderWithTheLicence() {
    Map<String, Object> metadata =
        OpenData.csvw("2016-11.csv", "A title", "A council", CsvReportWriter.COLUMNS);

    assertThat(metadata)
        .containsEntry("@context", "http://www.w3.org/ns/csvw")
        .containsEntry("url", "2016-11.csv")
        .containsEntry("dc:title", "A title")
        .containsEntry("dc:publisher", "A council")
        .containsEntry("dc:license", Map.of("@id", OpenData.LICENCE));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> columns =
        (List<Map<String, Object>>)
            ((Map<String, Object>) metadata.get("tableSchema")).get("columns");
    assertThat(columns)
        .extracting(c -> c.get("name"))
        .containsExactlyElementsOf(CsvReportWriter.COLUMNS.stream().map(CsvColumn::name).toList());
    assertThat(columns.get(0)).containsKeys("titles", "datatype", "dc:description");
  }

  @Test
  void jsonDocumentsStateTheLicencePublisherAndEdition() {
    Map<String, Object> json = OpenData.editionJson(edition, "A council");
    assertThat(json)
        .containsEntry("licence", OpenData.LICENCE)
        .containsEntry("publisher", "A council")
        .containsEntry("edition", "2016-11")
        .containsEntry("published", "2016-12-05T09:30:00Z")
        .containsEntry("report", report);

    Map<String, Object> history =
        OpenData.historyJson(edition, "A council", report.indicators().get(0));
    assertThat(history).containsEntry("licence", OpenData.LICENCE).containsEntry("code", "1");
    assertThat((List<?>) history.get("history")).hasSize(13);
  }
}
