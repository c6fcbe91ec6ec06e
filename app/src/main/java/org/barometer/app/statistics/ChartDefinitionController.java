package org.barometer.app.statistics;

import java.security.Principal;
import java.util.Map;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An indicator's chart definition: where its limits are recalculated and its baseline, with the
 * history of both; the performance team changes them here.
 */
@Controller
class ChartDefinitionController {

  private final Indicators indicators;
  private final ChartDefinitions definitions;
  private final ChangeChartDefinition change;
  private final IndicatorCharts charts;
  private final Access access;

  ChartDefinitionController(
      Indicators indicators,
      ChartDefinitions definitions,
      ChangeChartDefinition change,
      IndicatorCharts charts,
      Access access) {
    this.indicators = indicators;
    this.definitions = definitions;
    this.change = change;
    this.charts = charts;
    this.access = access;
  }

  @GetMapping("/indicators/{code}/chart")
  String show(@PathVariable String code, Principal user, Model model) {
    return page(indicator(code), user, model, Map.of(), Map.of());
  }

  private String page(
      IndicatorVersion indicator,
      Principal user,
      Model model,
      Map<String, String> errors,
      Map<String, String> typed) {
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("definition", indicator.definition());
    model.addAttribute("current", definitions.current(indicator.indicatorId()));
    model.addAttribute(
        "history",
        definitions.history(indicator.indicatorId()).stream().map(ChartVersionRow::of).toList());
    model.addAttribute(
        "months",
        charts.periods(indicator).stream()
            .skip(1)
            .map(m -> new String[] {m.toString(), ChangeChartDefinition.label(m)})
            .toList());
    model.addAttribute("settings", charts.settings());
    model.addAttribute("mayChange", access.mayApprove(user.getName()));
    return "statistics/chart";
  }

  @PostMapping("/indicators/{code}/chart/recalculations")
  String recalculate(
      @PathVariable String code,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String reason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorVersion indicator = indicator(code);
    return answer(
        indicator,
        change.recalculateFrom(indicator, month, reason, user.getName()),
        typed("month", month, "reason", reason),
        "The limits are recalculated from " + month,
        new Asking(user, model, redirect));
  }

  @PostMapping("/indicators/{code}/chart/recalculations/remove")
  String remove(
      @PathVariable String code,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String removeReason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorVersion indicator = indicator(code);
    Map<String, String> errors =
        change.removeRecalculation(indicator, month, removeReason, user.getName());
    return answer(
        indicator,
        errors.isEmpty() ? errors : Map.of("removeReason", String.join("; ", errors.values())),
        typed("removeMonth", month, "removeReason", removeReason),
        "The recalculation from " + month + " is removed",
        new Asking(user, model, redirect));
  }

  @PostMapping("/indicators/{code}/chart/baseline")
  String baseline(
      @PathVariable String code,
      @RequestParam(required = false) String baselinePoints,
      @RequestParam(required = false) String baselineReason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorVersion indicator = indicator(code);
    return answer(
        indicator,
        change.setBaseline(indicator, baselinePoints, baselineReason, user.getName()),
        typed("baselinePoints", baselinePoints, "baselineReason", baselineReason),
        "The baseline is changed",
        new Asking(user, model, redirect));
  }

  /** Who asks, and where the answer goes. */
  private record Asking(Principal user, Model model, RedirectAttributes redirect) {}

  /**
   * The page again with the errors and what was typed, or back to it with the success message when
   * the change is stored.
   */
  private String answer(
      IndicatorVersion indicator,
      Map<String, String> errors,
      Map<String, String> typed,
      String success,
      Asking asking) {
    if (!errors.isEmpty()) {
      return page(indicator, asking.user(), asking.model(), errors, typed);
    }
    asking.redirect().addFlashAttribute("success", success);
    return "redirect:/indicators/" + indicator.definition().code() + "/chart";
  }

  private static Map<String, String> typed(String field, String value, String other, String text) {
    Map<String, String> typed = new java.util.HashMap<>();
    typed.put(field, value == null ? "" : value);
    typed.put(other, text == null ? "" : text);
    return typed;
  }

  private IndicatorVersion indicator(String code) {
    return indicators
        .currentByCode(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
  }
}
