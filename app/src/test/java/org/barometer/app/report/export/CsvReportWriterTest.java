package org.barometer.app.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.SampleReports;
import org.barometer.app.spreadsheet.SpreadsheetText;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

  private final CsvReportWriter writer = new CsvReportWriter();

  @Test
  void theHeaderRowIsTheColumnsNamesAndTheFileHasNoByteOrderMark() throws IOException {
    byte[] file = writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED);
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(file[0]).isEqualTo((byte) 'e');
    assertThat(text).startsWith("edition_month,edition_state,indicator_code,");
    try (CSVParser csv = parse(file)) {
      assertThat(csv.getHeaderNames())
          .containsExactlyElementsOf(
              CsvReportWriter.COLUMNS.stream().map(CsvColumn::name).toList());
    }
    assertThat(text.split("\r\n", -1)).hasSize(6).endsWith("");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    assertThat(writer.format()).isEqualTo(ReportFormat.CSV);
  }

  @Test
  void theColumnsAreSnakeCaseWithCsvwDatatypesAndCannotBeChanged() {
    assertThat(CsvReportWriter.COLUMNS)
        .extracting(CsvColumn::name)
        .doesNotHaveDuplicates()
        .allMatch(name -> name.matches("[a-z]+(_[a-z]+)*"))
        .contains("figure", "figure_shown", "status", "recovery_action");
    assertThat(CsvReportWriter.COLUMNS)
        .extracting(CsvColumn::datatype)
        .allMatch(List.of("string", "decimal", "boolean", "gYearMonth", "integer")::contains);
    assertThat(CsvReportWriter.COLUMNS)
        .allMatch(c -> !c.title().isBlank() && !c.description().isBlank());
    assertThatThrownBy(() -> CsvReportWriter.COLUMNS.add(CsvReportWriter.COLUMNS.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void thereIsOneRowPerIndicatorCorporateAndContextual() throws IOException {
    List<CSVRecord> rows = rows(Reports.small(), Reports.PUBLISHED);
    assertThat(rows)
        .extracting(r -> r.get("indicator_code"))
        .containsExactly("1", "12", "23", "C1");
    assertThat(rows)
        .extracting(r -> r.get("contextual"))
        .containsExactly("false", "false", "false", "true");
    assertThat(rows).allMatch(r -> r.get("edition_month").equals("2016-11"));
    assertThat(rows).allMatch(r -> r.get("edition_state").equals("published"));
    assertThat(rows(SampleReports.ofSize(1000), Reports.DRAFT))
        .hasSize(1000)
        .allMatch(r -> r.get("edition_state").equals("draft"));
  }

  @Test
  void numbersArePlainDecimalsInTheUnitAndBlankWhenMissing() throws IOException {
    List<CSVRecord> rows = rows(Reports.small(), Reports.PUBLISHED);
    CSVRecord satisfaction = rows.get(0);
    assertThat(satisfaction.get("figure")).isEqualTo("87.34");
    assertThat(satisfaction.get("figure_shown")).isEqualTo("87.34%");
    assertThat(satisfaction.get("target")).isEqualTo("80.00");
    assertThat(satisfaction.get("decimals")).isEqualTo("2");
    assertThat(satisfaction.get("unit")).isEqualTo("PERCENTAGE");
    assertThat(satisfaction.get("last_month_status")).isEqualTo("AMBER");
    CSVRecord bins = rows.get(1);
    assertThat(bins.get("figure")).isEqualTo("5719");
    assertThat(bins.get("figure_shown")).isEqualTo("5,719");
    assertThat(bins.get("status")).isEqualTo("RED");
    assertThat(bins.get("recovery_action")).startsWith("Rounds re-planned;");
    CSVRecord delayed = rows.get(2);
    assertThat(delayed.get("figure")).isEmpty();
    assertThat(delayed.get("forecast")).isEmpty();
    assertThat(delayed.get("figure_shown")).isEqualTo("–");
    assertThat(delayed.get("variation")).isEmpty();
    CSVRecord crime = rows.get(3);
    assertThat(crime.get("target")).isEmpty();
    assertThat(crime.get("target_shown")).isEqualTo("None");
    assertThat(crime.get("status")).isEqualTo("NONE");
    assertThat(crime.get("variation")).isEqualTo("common_cause");
  }

  @Test
  void textComesBackExactlyAsWrittenCommasQuotesLineBreaksAndFormulasAlike() throws IOException {
    String commentary = "Up, then \"down\"\r\nagain;\nsee =SUM(A1:A3) and -5 @ 10";
    List<CSVRecord> rows = rows(Reports.withCommentary("12", commentary), Reports.PUBLISHED);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).get("commentary")).isEqualTo(commentary);
    assertThat(rows.get(1).get("indicator_name"))
        .isEqualTo("Missed bin collections <script>alert(1)</script> & more");
    assertThat(
            rows(Reports.withCommentary("1", "=1+1"), Reports.PUBLISHED).get(0).get("commentary"))
        .isEqualTo("'=1+1");
  }

  @Test
  void noTextStartsAsAFormulaAndEachReadsBackAsTypedByDroppingOneApostrophe() throws IOException {
    MonthlyReport hostile = SampleReports.hostile();
    List<CSVRecord> rows = rows(hostile, Reports.PUBLISHED);

    for (CSVRecord row : rows) {
      for (CsvColumn column : CsvReportWriter.COLUMNS) {
        assertThat(row.get(column.name()))
            .as(column.name())
            .satisfiesAnyOf(
                cell -> assertThat(cell).doesNotMatch("(?s)^[=+\\-@\t\r].*"),
                cell -> assertThat(cell).matches("-[0-9][0-9,.]*"));
      }
    }
    for (int n = 0; n < rows.size(); n++) {
      ReportIndicator typed = hostile.indicators().get(n);
      CSVRecord row = rows.get(n);
      assertThat(SpreadsheetText.restored(row.get("indicator_name"))).isEqualTo(typed.name());
      assertThat(row.get("indicator_name")).isEqualTo("'" + typed.name());
      assertThat(SpreadsheetText.restored(row.get("department"))).isEqualTo(typed.department());
      assertThat(SpreadsheetText.restored(row.get("commentary"))).isEqualTo(typed.commentary());
      assertThat(SpreadsheetText.restored(row.get("explanation"))).isEqualTo(typed.explanation());
      assertThat(SpreadsheetText.restored(row.get("recovery_action")))
          .isEqualTo(typed.recoveryAction());
    }
    assertThat(rows.get(1).get("figure")).as("a number stays a number").isEqualTo("-5719");
    assertThat(rows.get(1).get("figure_shown")).isEqualTo("-5,719");
  }

  @Test
  void aCutReportWritesOnlyItsIndicators() throws IOException {
    MonthlyReport small = Reports.small();
    Pack people = small.pack("committee-people").orElseThrow();
    try (CSVParser csv = parse(writer.write(small.cut(people), people, Reports.DRAFT))) {
      assertThat(csv.getRecords())
          .extracting(r -> r.get("indicator_code"))
          .containsExactly("1", "23");
    }
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    assertThat(writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED))
        .isEqualTo(writer.write(Reports.small(), Pack.all(), Reports.PUBLISHED));
  }

  private List<CSVRecord> rows(MonthlyReport report, EditionMark mark) throws IOException {
    try (CSVParser csv = parse(writer.write(report, Pack.all(), mark))) {
      return csv.getRecords();
    }
  }

  private static CSVParser parse(byte[] file) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(new String(file, StandardCharsets.UTF_8)));
  }
}
