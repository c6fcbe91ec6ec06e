package org.barometer.app.indicator;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.organisation.OrganisationUnit;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register's forms: a new indicator, a changed definition, a retired indicator. */
@Controller
class DefinitionController {

  private final EditDefinition edit;
  private final Indicators indicators;
  private final OrganisationStructure organisation;

  DefinitionController(
      EditDefinition edit, Indicators indicators, OrganisationStructure organisation) {
    this.edit = edit;
    this.indicators = indicators;
    this.organisation = organisation;
  }

  @GetMapping("/indicators/new")
  String blank(Model model) {
    return show(model, DefinitionForm.blank(), Map.of(), true);
  }

  @PostMapping("/indicators/new")
  String create(DefinitionForm form, Principal user, Model model, RedirectAttributes redirect) {
    Map<String, String> errors = edit.create(form, user.getName());
    if (!errors.isEmpty()) {
      return show(model, form, errors, true);
    }
    redirect.addFlashAttribute(
        "success", "Indicator " + form.code().strip() + " is in the register");
    return "redirect:/indicators/" + form.code().strip();
  }

  @GetMapping("/indicators/{code}/edit")
  String change(@PathVariable String code, Model model) {
    return show(model, DefinitionForm.of(current(code)), Map.of(), false);
  }

  @PostMapping("/indicators/{code}/edit")
  String revise(
      @PathVariable String code,
      DefinitionForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    current(code);
    Map<String, String> errors = edit.revise(code, form, user.getName());
    if (!errors.isEmpty()) {
      return show(model, form, errors, false);
    }
    redirect.addFlashAttribute("success", "The definition is changed; the earlier one is kept");
    return "redirect:/indicators/" + code;
  }

  @PostMapping("/indicators/{code}/retire")
  String retire(
      @PathVariable String code,
      @RequestParam(name = "retireReason", required = false) String reason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorVersion indicator = current(code);
    Map<String, String> errors = edit.retire(code, reason, user.getName());
    if (!errors.isEmpty()) {
      return show(model, DefinitionForm.of(indicator), errors, false);
    }
    redirect.addFlashAttribute("success", "Indicator " + code + " is retired; its history is kept");
    return "redirect:/indicators";
  }

  /** [value, label] pairs for a select. */
  private static <E extends Enum<E>> List<List<String>> choices(
      E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(v -> List.of(v.name(), label.apply(v))).toList();
  }

  /** [id, name] pairs for a select, with "None" first. */
  private static List<List<String>> units(List<OrganisationUnit> units) {
    List<List<String>> options = new ArrayList<>();
    options.add(List.of("", "None"));
    units.forEach(u -> options.add(List.of(Long.toString(u.id()), u.name())));
    return options;
  }

  private IndicatorVersion current(String code) {
    return indicators
        .currentByCode(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
  }

  private String show(Model model, DefinitionForm form, Map<String, String> errors, boolean isNew) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("isNew", isNew);
    model.addAttribute("unitOptions", choices(Unit.values(), Unit::label));
    model.addAttribute("polarityOptions", choices(Polarity.values(), Polarity::label));
    model.addAttribute(
        "aggregationOptions", choices(AggregationKind.values(), AggregationKind::label));
    model.addAttribute("title", isNew ? "New indicator" : "Change indicator " + form.code());
    model.addAttribute(
        "reasonLabel", isNew ? "Why it is added (optional)" : "Why it changes (required)");
    model.addAttribute(
        "basisOptions",
        List.of(
            List.of("PERIOD", "Its own period"),
            List.of("YEAR_TO_DATE_TOTAL", "A running total from April"),
            List.of("YEAR_TO_DATE_RATE", "A rate over April to date")));
    model.addAttribute(
        "frequencyOptions",
        List.of(
            List.of("MONTHLY", "Monthly"),
            List.of("QUARTERLY", "Quarterly"),
            List.of("ANNUAL", "Annually")));
    model.addAttribute(
        "componentsOptions",
        List.of(
            List.of("false", "A plain value"), List.of("true", "A numerator and a denominator")));
    model.addAttribute(
        "contextualOptions",
        List.of(
            List.of("false", "Rated against its targets"),
            List.of("true", "Contextual: trend only, no status")));
    model.addAttribute(
        "toleranceOptions",
        List.of(
            List.of("", "The organisation's"),
            List.of("RELATIVE", "A share of the target (%)"),
            List.of("ABSOLUTE", "An amount in the unit")));
    model.addAttribute("departmentOptions", units(organisation.departments()));
    model.addAttribute("serviceOptions", units(organisation.services()));
    model.addAttribute("committeeOptions", units(organisation.committees()));
    model.addAttribute("aimOptions", units(organisation.aims()));
    return "register/definition";
  }
}
