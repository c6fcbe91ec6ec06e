package org.barometer.app.target;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.core.period.FinancialYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An indicator's targets for a year, and the editor in which the performance team sets and changes
 * them. A year is written in addresses as {@code 2017-18}.
 */
@Controller
class TargetController {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final Indicators indicators;
  private final Targets targets;
  private final SetTarget setTarget;
  private final Clock clock;

  TargetController(Indicators indicators, Targets targets, SetTarget setTarget, Clock clock) {
    this.indicators = indicators;
    this.targets = targets;
    this.setTarget = setTarget;
    this.clock = clock;
  }

  @GetMapping("/indicators/{code}/targets/{year}")
  String year(@PathVariable String code, @PathVariable String year, Principal user, Model model) {
    IndicatorVersion indicator = indicator(code);
    FinancialYear chosen = year(year);
    model.addAttribute("definition", indicator.definition());
    model.addAttribute("targetYear", targetYear(indicator, chosen));
    model.addAttribute("mayChange", setTarget.maySet(user.getName()));
    model.addAttribute("yearPath", TargetYear.path(chosen));
    model.addAttribute("years", years(indicator));
    return "target/year";
  }

  @GetMapping("/indicators/{code}/targets/{year}/edit")
  String edit(@PathVariable String code, @PathVariable String year, Principal user, Model model) {
    requireTeam(user);
    IndicatorVersion indicator = indicator(code);
    FinancialYear chosen = year(year);
    Optional<StoredTarget> latest = targets.latest(indicator.indicatorId(), chosen);
    TargetForm form =
        latest
            .map(
                l ->
                    TargetForm.changing(
                        l,
                        indicator.definition().measure(),
                        SetTarget.defaultFrom(chosen, LocalDate.now(clock))))
            .orElseGet(() -> TargetForm.blank(chosen));
    return show(model, indicator, chosen, form, Map.of());
  }

  @PostMapping("/indicators/{code}/targets/{year}/edit")
  String save(
      @PathVariable String code,
      @PathVariable String year,
      @RequestParam(required = false) String action,
      TargetForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    requireTeam(user);
    IndicatorVersion indicator = indicator(code);
    FinancialYear chosen = year(year);
    if ("fill".equals(action)) {
      Map<String, String> errors = new LinkedHashMap<>();
      Optional<List<String>> filled =
          TargetFields.fillProfile(form, indicator.definition().measure(), errors);
      return show(model, indicator, chosen, filled.map(form::withMonths).orElse(form), errors);
    }
    SetTarget.Outcome outcome = setTarget.set(indicator, chosen, form, user.getName());
    if (!outcome.errors().isEmpty()) {
      TargetForm shown =
          outcome.stale()
              ? form.basedOn(
                  targets.latest(indicator.indicatorId(), chosen).map(StoredTarget::id).orElse(0L))
              : form;
      return show(model, indicator, chosen, shown, outcome.errors());
    }
    StoredTarget stored = outcome.stored().orElseThrow();
    redirect.addFlashAttribute(
        "success",
        "The "
            + chosen.label()
            + " target is set from "
            + MONTH.format(stored.version().appliesFrom().atDay(1))
            + "; any earlier one is kept in its history");
    return "redirect:/indicators/" + code + "/targets/" + TargetYear.path(chosen);
  }

  private String show(
      Model model,
      IndicatorVersion indicator,
      FinancialYear year,
      TargetForm form,
      Map<String, String> errors) {
    model.addAttribute("definition", indicator.definition());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("targetYear", targetYear(indicator, year));
    model.addAttribute("yearPath", TargetYear.path(year));
    model.addAttribute("kinds", TargetKind.values());
    model.addAttribute("monthOptions", monthOptions(year));
    model.addAttribute(
        "shapeYearOptions",
        List.of(year.previous(), year.previous().previous(), year.previous().previous().previous())
            .stream()
            .map(y -> List.of(TargetYear.path(y), y.label()))
            .toList());
    List<String> monthNames = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      monthNames.add(TargetFields.monthName(month));
    }
    model.addAttribute("monthNames", monthNames);
    model.addAttribute("changing", targets.latest(indicator.indicatorId(), year).isPresent());
    return "target/edit";
  }

  private TargetYear targetYear(IndicatorVersion indicator, FinancialYear year) {
    return TargetYear.of(
        year, targets.of(indicator.indicatorId()), indicator.definition().measure());
  }

  /** The years to offer: each with a target, and the years either side of this one. */
  private List<List<String>> years(IndicatorVersion indicator) {
    java.util.SortedSet<FinancialYear> years = new java.util.TreeSet<>();
    targets.of(indicator.indicatorId()).forEach(t -> years.add(t.version().year()));
    FinancialYear now = FinancialYear.containing(YearMonth.now(clock));
    years.add(now.previous());
    years.add(now);
    years.add(now.next());
    return years.stream().map(y -> List.of(TargetYear.path(y), y.label())).toList();
  }

  private static List<List<String>> monthOptions(FinancialYear year) {
    return year.months().stream()
        .map(m -> List.of(m.toString(), MONTH.format(m.atDay(1))))
        .toList();
  }

  private static FinancialYear year(String text) {
    try {
      return FinancialYear.parse(text.replace('-', '/'));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "No year " + text + ": write a year as 2017-18");
    }
  }

  private IndicatorVersion indicator(String code) {
    return indicators
        .currentByCode(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
  }

  private void requireTeam(Principal user) {
    if (!setTarget.maySet(user.getName())) {
      throw new AccessDeniedException("Only the performance team sets targets");
    }
  }
}
