package org.barometer.app.report;

import java.security.Principal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.register.AssessIndicators;
import org.barometer.app.security.Access;
import org.barometer.app.web.DrawnPages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Monthly Performance Report for signed-in people: the list of editions, a month's report (the
 * published edition, or a draft built from what is approved now), its packs and files, writing a
 * red indicator's exception, and publishing.
 */
@Controller
class ReportController {

  private final BuildReport build;
  private final Editions editions;
  private final ReportPages pages;
  private final ReportFiles files;
  private final PublishReport publish;
  private final WriteException writeException;
  private final ReportExceptions exceptions;
  private final Indicators indicators;
  private final AssessIndicators assess;
  private final Access access;
  private final DrawnPages drawnPages;
  private final DraftReaders draftReaders;

  ReportController(
      BuildReport build,
      Editions editions,
      ReportPages pages,
      ReportFiles files,
      PublishReport publish,
      WriteException writeException,
      ReportExceptions exceptions,
      Indicators indicators,
      AssessIndicators assess,
      Access access,
      DrawnPages drawnPages,
      DraftReaders draftReaders) {
    this.drawnPages = drawnPages;
    this.draftReaders = draftReaders;
    this.build = build;
    this.editions = editions;
    this.pages = pages;
    this.files = files;
    this.publish = publish;
    this.writeException = writeException;
    this.exceptions = exceptions;
    this.indicators = indicators;
    this.assess = assess;
    this.access = access;
  }

  @GetMapping("/reports")
  String list(Principal user, Model model) {
    YearMonth latest = assess.defaultMonth();
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      months.add(latest.minusMonths(i));
    }
    model.addAttribute("editions", editions.all());
    model.addAttribute("months", months);
    Map<YearMonth, String> labels = new java.util.HashMap<>();
    months.forEach(m -> labels.put(m, ReportMonths.longLabel(m)));
    model.addAttribute("labels", labels);
    model.addAttribute("latest", latest);
    model.addAttribute("draftsShown", draftReaders.mayRead(user.getName()));
    return "report/list";
  }

  /** The month chosen on the list page. */
  @GetMapping(value = "/reports", params = "month")
  String open(@RequestParam String month) {
    YearMonth chosen = month(month);
    return "redirect:/reports/" + chosen;
  }

  @GetMapping("/reports/{month}")
  View report(@PathVariable String month, Principal user) {
    return drawn(month(month), "all", user);
  }

  @GetMapping("/reports/{month}/packs/{pack}")
  View pack(@PathVariable String month, @PathVariable String pack, Principal user) {
    return drawn(month(month), pack, user);
  }

  /**
   * A report's page, drawn once for each person at each version of the data ({@link DrawnPages}): a
   * draft comes from tables behind the change counter, and an edition never changes.
   */
  private View drawn(YearMonth month, String packKey, Principal user) {
    Shown shown = shown(month, packKey, user);
    return drawnPages.page(
        "",
        model -> {
          describe(shown, user, model, List.of());
          return "report/report";
        });
  }

  /** The report page drawn afresh, listing what refused its publication. */
  private String show(
      YearMonth month,
      String packKey,
      Principal user,
      Model model,
      List<PublishReport.Missing> refused) {
    describe(shown(month, packKey, user), user, model, refused);
    return "report/report";
  }

  /** A month's report cut to a pack: its edition's, or a draft when none is published. */
  private record Shown(Edition edition, MonthlyReport report, Pack pack) {}

  private Shown shown(YearMonth month, String packKey, Principal user) {
    Edition edition = editions.of(month).orElse(null);
    if (edition == null) {
      draftReaders.check(user.getName(), month);
    }
    MonthlyReport report = edition != null ? edition.report() : build.build(month);
    Pack pack = report.pack(packKey).orElseThrow(() -> notFound("No pack " + packKey));
    return new Shown(edition, report, pack);
  }

  private void describe(
      Shown shown, Principal user, Model model, List<PublishReport.Missing> refused) {
    Edition edition = shown.edition();
    MonthlyReport report = shown.report();
    Pack pack = shown.pack();
    boolean team = access.mayApprove(user.getName());
    model.addAttribute("report", report);
    model.addAttribute("pack", pack);
    model.addAttribute("packs", report.packs());
    model.addAttribute("edition", edition);
    model.addAttribute("mark", edition != null ? edition.mark() : files.draftMark());
    model.addAttribute("body", pages.body(report, pack, edition, "", edition == null));
    model.addAttribute("formats", ReportFormat.values());
    model.addAttribute("mayPublish", team && edition == null);
    List<PublishReport.Missing> missing =
        team && edition == null && refused.isEmpty() ? publish.missing(report) : refused;
    model.addAttribute("missing", missing);
    model.addAttribute("missingList", pages.missing(missing));
    model.addAttribute("refused", !refused.isEmpty());
  }

  @GetMapping("/reports/{month}/files/{pack}.{extension}")
  ResponseEntity<byte[]> file(
      @PathVariable String month,
      @PathVariable String pack,
      @PathVariable String extension,
      Principal user) {
    YearMonth chosen = month(month);
    if (editions.of(chosen).isEmpty()) {
      draftReaders.check(user.getName(), chosen);
    }
    ReportFormat format =
        ReportFormat.byExtension(extension).orElseThrow(() -> notFound("No format " + extension));
    ReportFiles.File file =
        files.of(chosen, pack, format).orElseThrow(() -> notFound("No pack " + pack));
    return download(file);
  }

  static ResponseEntity<byte[]> download(ReportFiles.File file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
        .eTag("\"" + file.sha256() + "\"")
        .body(file.content());
  }

  @PostMapping("/reports/{month}/publish")
  String publish(
      @PathVariable String month, Principal user, Model model, RedirectAttributes redirect) {
    YearMonth chosen = month(month);
    PublishReport.Result result = publish.publish(chosen, user.getName());
    if (!result.published()) {
      return show(chosen, "all", user, model, result.missing());
    }
    redirect.addFlashAttribute(
        "success", "The " + ReportMonths.longLabel(chosen) + " report is published");
    return "redirect:/reports/" + chosen;
  }

  @GetMapping("/reports/{month}/exceptions/{code}")
  String exceptionForm(
      @PathVariable String month, @PathVariable String code, Principal user, Model model) {
    YearMonth chosen = month(month);
    IndicatorVersion indicator = writable(code, user);
    ExceptionNote current =
        exceptions.history(indicator.indicatorId(), chosen).stream().findFirst().orElse(null);
    // A first exception starts from what the owner wrote with the figure.
    String commentary =
        build.build(chosen).indicators().stream()
            .filter(i -> i.code().equals(code))
            .map(ReportIndicator::commentary)
            .findFirst()
            .orElse("");
    return exceptionPage(
        chosen,
        indicator,
        current == null ? commentary : current.explanation(),
        current == null ? "" : current.recoveryAction(),
        Map.of(),
        model);
  }

  @PostMapping("/reports/{month}/exceptions/{code}")
  String writeException(
      @PathVariable String month,
      @PathVariable String code,
      @RequestParam(required = false) String explanation,
      @RequestParam(required = false) String recoveryAction,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    YearMonth chosen = month(month);
    IndicatorVersion indicator = writable(code, user);
    Map<String, String> errors =
        writeException.write(indicator, chosen, explanation, recoveryAction, user.getName());
    if (!errors.isEmpty()) {
      return exceptionPage(
          chosen,
          indicator,
          explanation == null ? "" : explanation,
          recoveryAction == null ? "" : recoveryAction,
          errors,
          model);
    }
    redirect.addFlashAttribute(
        "success", "The exception for " + indicator.definition().name() + " is saved");
    return "redirect:/reports/" + chosen + "#exception-" + code;
  }

  private String exceptionPage(
      YearMonth month,
      IndicatorVersion indicator,
      String explanation,
      String recoveryAction,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("month", month);
    model.addAttribute("monthLabel", ReportMonths.longLabel(month));
    model.addAttribute("indicator", indicator.definition());
    model.addAttribute(
        "judged",
        build.build(month).indicators().stream()
            .filter(i -> i.code().equals(indicator.definition().code()))
            .findFirst()
            .orElse(null));
    model.addAttribute("explanation", explanation);
    model.addAttribute("recoveryAction", recoveryAction);
    model.addAttribute("errors", errors);
    model.addAttribute("history", exceptions.history(indicator.indicatorId(), month));
    return "report/exception";
  }

  private IndicatorVersion writable(String code, Principal user) {
    IndicatorVersion indicator =
        indicators.currentByCode(code).orElseThrow(() -> notFound("No indicator " + code));
    if (!writeException.mayWrite(user.getName(), indicator)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the indicator's owner or the performance team write its exceptions");
    }
    return indicator;
  }

  private static YearMonth month(String text) {
    return ReportMonths.parse(text).orElseThrow(() -> notFound("Not a month: " + text));
  }

  private static ResponseStatusException notFound(String why) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, why);
  }
}
