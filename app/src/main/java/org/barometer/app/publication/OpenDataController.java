package org.barometer.app.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.barometer.app.report.Edition;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportFiles;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.ReportWriter;
import org.barometer.app.report.export.CsvColumn;
import org.barometer.app.report.export.CsvReportWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data under the Open Government Licence: each published edition as CSV (one row per
 * indicator) and JSON, each indicator's published history as CSV and JSON, and CSVW metadata for
 * every CSV file. Every document is drawn from a published edition and kept once made.
 */
@Controller
class OpenDataController {

  /** A CSV file's columns, described on the index page. */
  record ColumnTable(String caption, List<CsvColumn> columns) {}

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType CSVW_JSON = new MediaType("application", "csvm+json");

  private final PublishedEditions editions;
  private final ReportFiles files;
  private final ReportWriter csvWriter;
  private final JsonMapper json;
  private final Map<String, PublicResponses.Body> made = new ConcurrentHashMap<>();

  OpenDataController(
      PublishedEditions editions, ReportFiles files, List<ReportWriter> writers, JsonMapper json) {
    this.editions = editions;
    this.files = files;
    this.csvWriter =
        writers.stream()
            .filter(w -> w.format() == ReportFormat.CSV)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No CSV writer"));
    this.json = json;
  }

  @GetMapping("/open-data")
  String index(Model model) {
    Edition latest = editions.latest().orElse(null);
    model.addAttribute(
        "organisation",
        latest == null ? editions.organisationName() : latest.report().organisation());
    model.addAttribute("editions", editions.all());
    model.addAttribute("edition", latest);
    model.addAttribute(
        "columnTables",
        List.of(
            new ColumnTable("The columns of a report's CSV file", CsvReportWriter.COLUMNS),
            new ColumnTable(
                "The columns of an indicator's history CSV file", OpenData.HISTORY_COLUMNS)));
    model.addAttribute("licence", OpenData.LICENCE);
    return "publication/open-data";
  }

  @GetMapping("/open-data/editions/{month}.csv")
  ResponseEntity<byte[]> editionCsv(
      @PathVariable String month,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return ofEdition(
        month,
        "csv",
        edition -> PublicResponses.Body.of(editionCsv(edition), CSV),
        ifNoneMatch,
        month + ".csv");
  }

  /** The edition's stored whole-report CSV, or the same bytes written afresh by the CSV writer. */
  private byte[] editionCsv(Edition edition) {
    return files
        .published(edition, Pack.all().key(), ReportFormat.CSV)
        .map(ReportFiles.File::content)
        .orElseGet(() -> csvWriter.write(edition.report(), Pack.all(), edition.mark()));
  }

  @GetMapping("/open-data/editions/{month}.json")
  ResponseEntity<byte[]> editionJson(
      @PathVariable String month,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return ofEdition(
        month,
        "json",
        edition -> jsonBody(OpenData.editionJson(edition, edition.report().organisation())),
        ifNoneMatch,
        null);
  }

  @GetMapping("/open-data/editions/{month}.csv-metadata.json")
  ResponseEntity<byte[]> editionMetadata(
      @PathVariable String month,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return ofEdition(
        month,
        "csvw",
        edition ->
            metadata(
                OpenData.csvw(
                    edition.report().month() + ".csv",
                    edition.report().title() + ": the indicators, one row each",
                    edition.report().organisation(),
                    OpenData.columnsOf(editionCsv(edition), CsvReportWriter.COLUMNS))),
        ifNoneMatch,
        null);
  }

  @GetMapping("/open-data/indicators/{code}.csv")
  ResponseEntity<byte[]> indicatorCsv(
      @PathVariable String code,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return ofIndicator(
        code,
        "history-csv",
        (edition, indicator) -> PublicResponses.Body.of(OpenData.historyCsv(indicator), CSV),
        ifNoneMatch,
        "indicator-" + code + ".csv");
  }

  @GetMapping("/open-data/indicators/{code}.json")
  ResponseEntity<byte[]> indicatorJson(
      @PathVariable String code,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return ofIndicator(
        code,
        "history-json",
        (edition, indicator) ->
            jsonBody(OpenData.historyJson(edition, edition.report().organisation(), indicator)),
        ifNoneMatch,
        null);
  }

  @GetMapping("/open-data/indicators/{code}.csv-metadata.json")
  ResponseEntity<byte[]> indicatorMetadata(
      @PathVariable String code,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return ofIndicator(
        code,
        "history-csvw",
        (edition, indicator) ->
            metadata(
                OpenData.csvw(
                    code + ".csv",
                    indicator.code()
                        + ". "
                        + indicator.name()
                        + ": published figures as of the "
                        + edition.report().monthLabel()
                        + " edition",
                    edition.report().organisation(),
                    OpenData.HISTORY_COLUMNS)),
        ifNoneMatch,
        null);
  }

  /** A document of the edition published for a month; 404 when there is none. */
  private ResponseEntity<byte[]> ofEdition(
      String month,
      String what,
      Function<Edition, PublicResponses.Body> make,
      String ifNoneMatch,
      String fileName) {
    Edition edition = editions.published(month);
    return PublicResponses.send(
        made(edition, what, () -> make.apply(edition)), ifNoneMatch, fileName);
  }

  /** A document of an indicator as the latest edition published it; 404 when there is none. */
  private ResponseEntity<byte[]> ofIndicator(
      String code,
      String what,
      BiFunction<Edition, ReportIndicator, PublicResponses.Body> make,
      String ifNoneMatch,
      String fileName) {
    Edition edition = editions.latestOrNotFound();
    ReportIndicator indicator = PublishedEditions.indicator(edition, code);
    return PublicResponses.send(
        made(edition, what + "-" + code, () -> make.apply(edition, indicator)),
        ifNoneMatch,
        fileName);
  }

  /** A document of an edition, made once: an edition never changes. */
  private PublicResponses.Body made(
      Edition edition, String what, Supplier<PublicResponses.Body> make) {
    if (made.size() > 4096) {
      made.clear();
    }
    return made.computeIfAbsent(edition.id() + ":" + what, k -> make.get());
  }

  private PublicResponses.Body jsonBody(Map<String, Object> content) {
    return PublicResponses.Body.of(json.writeValueAsBytes(content), MediaType.APPLICATION_JSON);
  }

  private PublicResponses.Body metadata(Map<String, Object> content) {
    return PublicResponses.Body.of(json.writeValueAsBytes(content), CSVW_JSON);
  }
}
