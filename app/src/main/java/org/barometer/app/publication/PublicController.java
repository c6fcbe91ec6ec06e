package org.barometer.app.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.barometer.app.clock.RunsAsOf;
import org.barometer.app.report.Edition;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportAction;
import org.barometer.app.report.ReportFiles;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.ReportPages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public site: published editions of the Monthly Performance Report, their packs and files, and
 * the indicators and actions as the latest edition published them, for anyone, without signing in.
 * Nothing unpublished is ever shown: a month without a published edition is not found, even when
 * its draft exists.
 */
@Controller
class PublicController {

  /** A link to one of an edition's files: its format and address. */
  record Download(String label, String href) {}

  private record PageKey(long edition, String pack) {}

  private final PublishedEditions editions;
  private final ReportPages pages;
  private final ReportFiles files;
  private final PublishedCharts charts;
  private final ITemplateEngine templates;
  private final PublicContact contact;
  private final RunsAsOf runsAsOf;
  private final Map<PageKey, PublicResponses.Body> rendered = new ConcurrentHashMap<>();

  PublicController(
      PublishedEditions editions,
      ReportPages pages,
      ReportFiles files,
      PublishedCharts charts,
      ITemplateEngine templates,
      PublicContact contact,
      RunsAsOf runsAsOf) {
    this.contact = contact;
    this.runsAsOf = runsAsOf;
    this.editions = editions;
    this.pages = pages;
    this.files = files;
    this.charts = charts;
    this.templates = templates;
  }

  @GetMapping("/public")
  String index(Model model) {
    model.addAttribute("organisation", editions.organisationName());
    model.addAttribute("editions", editions.all());
    return "publication/index";
  }

  @GetMapping("/public/reports/{month}")
  ResponseEntity<byte[]> edition(
      @PathVariable String month,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return editionPage(month, "all", ifNoneMatch);
  }

  @GetMapping("/public/reports/{month}/packs/{pack}")
  ResponseEntity<byte[]> pack(
      @PathVariable String month,
      @PathVariable String pack,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return editionPage(month, pack, ifNoneMatch);
  }

  /**
   * An edition's page, drawn once per edition and pack and kept as bytes: an edition never changes,
   * so the page costs no more than finding the edition.
   */
  private ResponseEntity<byte[]> editionPage(String month, String packKey, String ifNoneMatch) {
    Edition edition = editions.published(month);
    Pack pack =
        edition
            .report()
            .pack(packKey)
            .orElseThrow(() -> PublishedEditions.notFound("No pack " + packKey));
    if (rendered.size() > 512) {
      rendered.clear();
    }
    PublicResponses.Body body =
        rendered.computeIfAbsent(
            new PageKey(edition.id(), pack.key()), k -> renderEdition(edition, pack));
    return PublicResponses.send(body, ifNoneMatch);
  }

  private PublicResponses.Body renderEdition(Edition edition, Pack pack) {
    MonthlyReport report = edition.report();
    Context context = new Context(Locale.UK);
    context.setVariable("organisation", report.organisation());
    context.setVariable("runsAsOf", runsAsOf);
    context.setVariable("report", report);
    context.setVariable("edition", edition);
    context.setVariable("pack", pack);
    context.setVariable("packs", report.packs());
    context.setVariable("downloads", downloads(edition, pack));
    context.setVariable("csv", "/open-data/editions/" + report.month() + ".csv");
    context.setVariable("body", pages.body(report, pack, edition, "/public", false));
    String html = templates.process("publication/edition", context);
    return PublicResponses.Body.of(
        html.getBytes(StandardCharsets.UTF_8),
        new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
  }

  private List<Download> downloads(Edition edition, Pack pack) {
    List<Download> downloads = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (files.published(edition, pack.key(), format).isPresent()) {
        downloads.add(
            new Download(
                format.name(),
                "/public/reports/"
                    + edition.report().month()
                    + "/files/"
                    + pack.key()
                    + "."
                    + format.extension()));
      }
    }
    return downloads;
  }

  @GetMapping("/public/reports/{month}/files/{pack}.{extension}")
  ResponseEntity<byte[]> file(
      @PathVariable String month,
      @PathVariable String pack,
      @PathVariable String extension,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    Edition edition = editions.published(month);
    ReportFormat format =
        ReportFormat.byExtension(extension)
            .orElseThrow(() -> PublishedEditions.notFound("No format " + extension));
    ReportFiles.File file =
        files
            .published(edition, pack, format)
            .orElseThrow(() -> PublishedEditions.notFound("No file"));
    return PublicResponses.send(
        new PublicResponses.Body(
            file.content(),
            MediaType.parseMediaType(file.mediaType()),
            "\"" + file.sha256() + "\""),
        ifNoneMatch,
        file.name());
  }

  @GetMapping("/public/indicators")
  String indicators(Model model) {
    Edition edition = latest(model);
    if (edition != null) {
      model.addAttribute("indicators", edition.report().indicators());
    }
    return "publication/indicators";
  }

  @GetMapping("/public/indicators/{code}")
  String indicator(@PathVariable String code, Model model) {
    Edition edition = latestOrNotFound(model);
    ReportIndicator indicator = PublishedEditions.indicator(edition, code);
    model.addAttribute("indicator", indicator);
    model.addAttribute("charts", charts.of(edition, indicator));
    model.addAttribute("csv", "/open-data/indicators/" + code + ".csv");
    return "publication/indicator";
  }

  @GetMapping("/public/actions")
  String actions(Model model) {
    Edition edition = latest(model);
    if (edition != null) {
      model.addAttribute("actions", edition.report().actions());
    }
    return "publication/actions";
  }

  @GetMapping("/public/actions/{code}")
  String action(@PathVariable String code, Model model) {
    Edition edition = latestOrNotFound(model);
    ReportAction action =
        edition.report().actions().stream()
            .filter(a -> a.code().equals(code))
            .findFirst()
            .orElseThrow(() -> PublishedEditions.notFound("No action " + code));
    model.addAttribute("action", action);
    return "publication/action";
  }

  @GetMapping("/accessibility")
  String accessibility(Model model) {
    model.addAttribute("organisation", editions.organisationName());
    model.addAttribute("contact", contact);
    return "publication/accessibility";
  }

  /** The latest edition in the model (with the organisation), or null when none is published. */
  private Edition latest(Model model) {
    Edition edition = editions.latest().orElse(null);
    model.addAttribute("edition", edition);
    model.addAttribute(
        "organisation",
        edition == null ? editions.organisationName() : edition.report().organisation());
    return edition;
  }

  private Edition latestOrNotFound(Model model) {
    Edition edition = editions.latestOrNotFound();
    latest(model);
    return edition;
  }
}
