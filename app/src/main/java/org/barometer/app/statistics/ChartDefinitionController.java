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
    Map<String, String> errors = change.recalculateFrom(indicator, month, reason, user.getName());
    if (!errors.isEmpty()) {
      return page(indicator, user, model, errors, typed("month", month, "reason", reason));
    }
    return back(code, "The limits are recalculated from " + month, redirect);
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
    if (!errors.isEmpty()) {
      errors = Map.of("removeReason", String.join("; ", errors.values()));
      return page(
          indicator,
          user,
          model,
          errors,
          typed("removeMonth", month, "removeReason", removeReason));
    }
    return back(code, "The recalculation from " + month + " is removed", redirect);
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
    Map<String, String> errors =
        change.setBaseline(indicator, baselinePoints, baselineReason, user.getName());
    if (!errors.isEmpty()) {
      return page(
          indicator,
          user,
          model,
          errors,
          typed("baselinePoints", baselinePoints, "baselineReason", baselineReason));
    }
    return back(code, "The baseline is changed", redirect);
  }

  private static Map<String, String> typed(String field, String value, String other, String text) {
    Map<String, String> typed = new java.util.HashMap<>();
    typed.put(field, value == null ? "" : value);
    typed.put(other, text == null ? "" : text);
    return typed;
  }

  private static String back(String code, String success, RedirectAttributes redirect) {
    redirect.addFlashAttribute("success", success);
    return "redirect:/indicators/" + code + "/chart";
  }

  private IndicatorVersion indicator(String code) {
    return indicators
        .currentByCode(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
  }
}
