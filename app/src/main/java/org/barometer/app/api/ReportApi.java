package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.notFound;
import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.report.BuildReport;
import org.barometer.app.report.DraftReaders;
import org.barometer.app.report.Edition;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.Editions;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.PublishReport;
import org.barometer.app.report.ReportFiles;
import org.barometer.app.report.ReportMonths;
import org.barometer.app.report.WriteException;
import org.barometer.app.security.ApiScope;
import org.barometer.core.period.MonthRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Monthly Performance Report for programs: the published editions, a month's report (the
 * edition, or a draft built from what is approved now), a red indicator's exception, publishing.
 * The same use cases as the pages, with the same checks.
 */
@RestController
@Tag(name = "Reports", description = "The Monthly Performance Report and its editions")
@SecurityRequirement(name = ApiAccess.SCHEME)
class ReportApi {

  /** A published edition in the list. */
  record EditionView(YearMonth month, String publishedBy, Instant publishedAt) {}

  /**
   * A month's report cut to a pack.
   *
   * @param state {@code draft} or {@code published}
   * @param mark what the report says of itself ("Published 5 December 2016")
   * @param pack the pack's key
   * @param packs every pack the report has
   * @param report the report, cut to the pack
   */
  record ReportView(
      String state, String mark, String pack, List<String> packs, MonthlyReport report) {}

  /** A red indicator's exception: what happened, and what is being done. */
  record ExceptionRequest(String explanation, String recoveryAction) {}

  private final BuildReport build;
  private final Editions editions;
  private final ReportFiles files;
  private final PublishReport publish;
  private final WriteException writeException;
  private final Indicators indicators;
  private final DraftReaders draftReaders;

  ReportApi(
      BuildReport build,
      Editions editions,
      ReportFiles files,
      PublishReport publish,
      WriteException writeException,
      Indicators indicators,
      DraftReaders draftReaders) {
    this.draftReaders = draftReaders;
    this.build = build;
    this.editions = editions;
    this.files = files;
    this.publish = publish;
    this.writeException = writeException;
    this.indicators = indicators;
  }

  @GetMapping("/api/v1/reports")
  @Operation(
      summary = "Lists the published editions, newest month first",
      description = "Needs the READ scope.")
  List<EditionView> editions(Authentication who) {
    requireScope(who, ApiScope.READ);
    return editions.all().stream()
        .map(e -> new EditionView(e.month(), e.publishedBy(), e.publishedAt()))
        .toList();
  }

  @GetMapping("/api/v1/reports/{month}")
  @Operation(
      summary = "A month's report: its published edition, or a draft built from approved figures",
      description =
          "Needs the READ scope. month is yyyy-MM. pack is all (the default), committee-... or"
              + " department-... as packs lists. A published edition is returned exactly as"
              + " stored when it was published.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReportView.class))),
        @ApiResponse(
            responseCode = "403",
            description =
                "A draft asked for by a councillor, when the organisation has not granted"
                    + " councillors drafts"),
        @ApiResponse(responseCode = "404", description = "Not a month, or no such pack")
      })
  ReportView report(
      @PathVariable String month,
      @RequestParam(defaultValue = "all") String pack,
      Authentication who) {
    requireScope(who, ApiScope.READ);
    YearMonth chosen = month(month);
    Edition edition = editions.of(chosen).orElse(null);
    if (edition == null) {
      draftReaders.check(who.getName(), chosen);
    }
    MonthlyReport report = edition != null ? edition.report() : build.build(chosen);
    Pack cut = report.pack(pack).orElseThrow(() -> notFound("No pack " + pack));
    EditionMark mark = edition != null ? edition.mark() : files.draftMark();
    return new ReportView(
        edition != null ? "published" : "draft",
        mark.label(),
        cut.key(),
        report.packs().stream().map(Pack::key).toList(),
        report.cut(cut));
  }

  @PutMapping("/api/v1/reports/{month}/exceptions/{code}")
  @Operation(
      summary = "Writes a red indicator's exception for the month's report",
      description =
          "Needs the WRITE scope, and the indicator's owner or the performance team. Both fields"
              + " are required (up to 4,000 characters). Each version is kept; a published month"
              + " is refused.",
      responses = {
        @ApiResponse(responseCode = "204", description = "Stored"),
        @ApiResponse(responseCode = "403", description = "Neither its owner nor the team"),
        @ApiResponse(responseCode = "404", description = "No such indicator, or not a month"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> writeException(
      @PathVariable String month,
      @PathVariable String code,
      @RequestBody ExceptionRequest request,
      Authentication who) {
    requireScope(who, ApiScope.WRITE);
    YearMonth chosen = month(month);
    IndicatorVersion indicator =
        indicators.currentByCode(code).orElseThrow(() -> notFound("No indicator " + code));
    Map<String, String> errors =
        writeException.write(
            indicator, chosen, request.explanation(), request.recoveryAction(), who.getName());
    if (!errors.isEmpty()) {
      return ApiProblems.refused("The exception was not stored", errors);
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/reports/{month}/publish")
  @Operation(
      summary = "Publishes the month's report as it stands, with every pack's files",
      description =
          "Needs the APPROVE scope and the performance team. Refused (422) while a red indicator"
              + " lacks its explanation or recovery action (errors names each as indicators[code]),"
              + " when the month is published already or has not ended.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = EditionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "422", description = "What stops publication, by indicator")
      })
  ResponseEntity<Object> publish(@PathVariable String month, Authentication who) {
    requireScope(who, ApiScope.APPROVE);
    PublishReport.Result result = publish.publish(month(month), who.getName());
    if (!result.published()) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (PublishReport.Missing missing : result.missing()) {
        String field =
            missing.indicatorCode().isEmpty()
                ? "month"
                : "indicators[" + missing.indicatorCode() + "]";
        errors.merge(
            field,
            missing.indicatorCode().isEmpty()
                ? missing.what()
                : missing.what() + " (ask " + missing.owner() + ")",
            (a, b) -> a + "; " + b);
      }
      return ApiProblems.refused("The report was not published", errors);
    }
    Edition edition = result.edition().orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new EditionView(
                edition.report().month(), edition.publishedBy(), edition.publishedAt()));
  }

  /** A month; one written yyyy-MM that Barometer does not read is a 400, other text a 404. */
  private static YearMonth month(String text) {
    return ReportMonths.parse(text)
        .orElseThrow(
            () ->
                text.matches("\\d{4}-\\d{2}")
                    ? new ApiProblems.BadField("month", "Give " + MonthRange.WRITTEN)
                    : notFound("Not a month (yyyy-MM): " + text));
  }
}
