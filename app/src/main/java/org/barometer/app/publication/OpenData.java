package org.barometer.app.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.app.report.Edition;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.export.CsvColumn;
import org.barometer.app.spreadsheet.SpreadsheetText;

/**
 * The open data's documents, drawn from published editions only: an indicator's published history
 * as CSV and JSON, an edition as JSON, and the CSVW metadata ("Metadata Vocabulary for Tabular
 * Data") that describes each CSV file. Every document states the Open Government Licence.
 */
final class OpenData {

  static final String LICENCE =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
  static final String LICENCE_NAME = "Open Government Licence v3.0";
  static final String CSVW = "http://www.w3.org/ns/csvw";

  /** The columns of an indicator's history CSV, in order. */
  static final List<CsvColumn> HISTORY_COLUMNS =
      List.of(
          new CsvColumn("indicator_code", "Code", "string", "The indicator's code."),
          new CsvColumn("indicator_name", "Indicator", "string", "The indicator's name."),
          new CsvColumn(
              "unit", "Unit", "string", "The indicator's unit: PERCENTAGE, COUNT and so on."),
          new CsvColumn(
              "period",
              "Period",
              "string",
              "The figure's period in words (Nov 2016, Q3 2016/17, 2016/17)."),
          new CsvColumn(
              "month", "Month", "gYearMonth", "The last month of the figure's period, yyyy-MM."),
          new CsvColumn(
              "value",
              "Value",
              "decimal",
              "The figure as a plain number in the indicator's unit (87.34 for 87.34%)."),
          new CsvColumn("shown", "Shown", "string", "The figure as the report shows it."));

  private OpenData() {}

  /**
   * An indicator's published history: a header row, then one row per figure, oldest first; text is
   * escaped as {@link SpreadsheetText} says, numbers and months never.
   */
  static byte[] historyCsv(ReportIndicator indicator) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(HISTORY_COLUMNS.stream().map(CsvColumn::name).toArray(String[]::new))
            .get();
    try (CSVPrinter csv = format.print(out)) {
      for (ReportIndicator.HistoryPoint point : indicator.history()) {
        csv.printRecord(
            SpreadsheetText.neutralised(indicator.code()),
            SpreadsheetText.neutralised(indicator.name()),
            SpreadsheetText.neutralised(indicator.unit()),
            SpreadsheetText.neutralised(point.period()),
            point.lastMonth() == null ? "" : point.lastMonth().toString(),
            point.value() == null ? "" : point.value().toPlainString(),
            SpreadsheetText.neutralised(point.shown()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An indicator's published history as a JSON document's content. */
  static Map<String, Object> historyJson(
      Edition edition, String publisher, ReportIndicator indicator) {
    Map<String, Object> json = header(edition, publisher);
    json.put("code", indicator.code());
    json.put("name", indicator.name());
    json.put("definition", indicator.definition());
    json.put("unit", indicator.unit());
    json.put("decimals", indicator.decimals());
    json.put("polarity", indicator.polarity());
    json.put(
        "history",
        indicator.history().stream()
            .map(
                p -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("period", p.period());
                  row.put("month", p.lastMonth() == null ? null : p.lastMonth().toString());
                  row.put("value", p.value());
                  row.put("shown", p.shown());
                  return row;
                })
            .toList());
    return json;
  }

  /** An edition as a JSON document's content: the licence, who published it when, the report. */
  static Map<String, Object> editionJson(Edition edition, String publisher) {
    Map<String, Object> json = header(edition, publisher);
    json.put("report", edition.report());
    return json;
  }

  private static Map<String, Object> header(Edition edition, String publisher) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("licence", LICENCE);
    json.put("licenceName", LICENCE_NAME);
    json.put("publisher", publisher);
    json.put("edition", edition.report().month().toString());
    json.put("published", edition.publishedAt().toString());
    return json;
  }

  /**
   * The columns a CSV file holds, in the order of its header row: a file stored with an edition
   * published before a column was added does not have it, and its metadata must not name it.
   */
  static List<CsvColumn> columnsOf(byte[] csv, List<CsvColumn> columns) {
    String text = new String(csv, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n");
    List<String> header = List.of((end < 0 ? text : text.substring(0, end)).split(",", -1));
    return header.stream()
        .flatMap(name -> columns.stream().filter(c -> c.name().equals(name)))
        .toList();
  }

  /**
   * The CSVW metadata of a CSV file.
   *
   * @param url the CSV file's address
   * @param title what the file holds
   * @param publisher who publishes it
   * @param columns its columns, in order
   */
  static Map<String, Object> csvw(
      String url, String title, String publisher, List<CsvColumn> columns) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", CSVW);
    json.put("url", url);
    json.put("dc:title", title);
    json.put("dc:license", Map.of("@id", LICENCE));
    json.put("dc:publisher", publisher);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put(
        "columns",
        columns.stream()
            .map(
                c -> {
                  Map<String, Object> column = new LinkedHashMap<>();
                  column.put("name", c.name());
                  column.put("titles", c.title());
                  column.put("datatype", c.datatype());
                  column.put("dc:description", c.description());
                  return column;
                })
            .toList());
    json.put("tableSchema", schema);
    json.put("dialect", Map.of("header", true));
    return json;
  }
}
