package org.barometer.app.register;

import java.security.Principal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.Access;
import org.barometer.app.security.People;
import org.barometer.app.statistics.IndicatorCharts;
import org.barometer.app.target.TargetYear;
import org.barometer.app.target.Targets;
import org.barometer.app.web.DrawnPages;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.MonthRange;
import org.barometer.core.status.Status;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/** The indicator list and each indicator's page. */
@Controller
class RegisterController {

  private final AssessIndicators assess;
  private final OrganisationStructure organisation;
  private final Indicators indicators;
  private final Targets targets;
  private final Measurements measurements;
  private final Access access;
  private final People people;

  private final IndicatorCharts charts;
  private final DrawnPages pages;

  RegisterController(
      AssessIndicators assess,
      OrganisationStructure organisation,
      Indicators indicators,
      Targets targets,
      Measurements measurements,
      Access access,
      People people,
      IndicatorCharts charts,
      DrawnPages pages) {
    this.charts = charts;
    this.pages = pages;
    this.access = access;
    this.people = people;
    this.assess = assess;
    this.organisation = organisation;
    this.indicators = indicators;
    this.targets = targets;
    this.measurements = measurements;
  }

  /**
   * The indicator list, drawn once for each person at each version of the data ({@link
   * DrawnPages}); the filters are in its address.
   */
  @GetMapping("/indicators")
  View list(@RequestParam(required = false) String month, IndicatorFilter filter) {
    Month chosen = month(month);
    return pages.page(
        chosen.month().toString(),
        model -> {
          describeList(chosen, filter, model);
          return "register/list";
        });
  }

  private void describeList(Month chosen, IndicatorFilter filter, Model model) {
    List<Judged> all = assess.all(chosen.month());
    List<Judged> shown = all.stream().filter(filter::admits).toList();
    model.addAttribute("month", chosen.month());
    model.addAttribute("monthProblem", chosen.problem().orElse(null));
    model.addAttribute("filter", filter);
    model.addAttribute("indicators", shown);
    model.addAttribute("total", all.size());
    model.addAttribute("departments", organisation.departments());
    model.addAttribute("committees", organisation.committees());
    model.addAttribute("aims", organisation.aims());
    model.addAttribute("owners", owners(all));
    model.addAttribute("names", new OrganisationNames(organisation));
  }

  /** Figures the indicator page shows; the rest are on its page of figures. */
  static final int SHOWN_FIGURES = 24;

  /**
   * An indicator's page, drawn once for each person at each version of the data ({@link
   * DrawnPages}): what it shows comes from the register, the figures, the targets and the charts,
   * all behind the change counter, and from who asks.
   */
  @GetMapping("/indicators/{code}")
  View indicator(
      @PathVariable String code, @RequestParam(required = false) String month, Principal user) {
    Month chosen = month(month);
    AssessIndicators.Examined examined =
        assess
            .examine(code, chosen.month())
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
    return pages.page(
        chosen.month().toString(),
        model -> {
          describe(examined, chosen, user, model);
          return "register/indicator";
        });
  }

  private void describe(
      AssessIndicators.Examined examined, Month chosen, Principal user, Model model) {
    Judged judged = examined.judged();
    long id = judged.indicator().indicatorId();
    model.addAttribute("month", chosen.month());
    model.addAttribute("monthProblem", chosen.problem().orElse(null));
    model.addAttribute("judged", judged);
    model.addAttribute("definition", judged.indicator().definition());
    model.addAttribute(
        "targets",
        TargetYear.described(examined.targets(), judged.indicator().definition().measure()));
    model.addAttribute(
        "nextTargetYear", TargetYear.path(FinancialYear.containing(chosen.month()).next()));
    boolean owner =
        access.mayEnterFigures(user.getName(), judged.indicator().definition().ownerUserId());
    List<StoredFigure> figures = visible(examined.figures(), owner);
    model.addAttribute("mayEnter", owner);
    model.addAttribute(
        "nextMonth",
        figures.isEmpty()
            ? chosen.month()
            : figures
                .get(figures.size() - 1)
                .period()
                .lastMonth()
                .plusMonths(judged.indicator().definition().measure().frequency().months()));
    model.addAttribute("ownerForecast", ownerForecast(judged, figures));
    model.addAttribute("mayOverride", access.mayApprove(user.getName()));
    model.addAttribute(
        "overridden", judged.assessment().status() instanceof Status.Overridden o ? o : null);
    model.addAttribute("figures", latestFirst(figures, SHOWN_FIGURES));
    model.addAttribute("figureCount", figures.size());
    model.addAttribute("history", indicators.history(id));
    model.addAttribute("names", new OrganisationNames(organisation));
    model.addAttribute(
        "charts",
        charts.charts(
            judged.indicator(),
            examined.figures(),
            examined.targets(),
            judged.assessment(),
            chosen.month()));
  }

  /** Every figure of an indicator, latest first; drafts only to those who may enter them. */
  @GetMapping("/indicators/{code}/figures")
  String figures(@PathVariable String code, Principal user, Model model) {
    IndicatorVersion indicator =
        indicators
            .currentByCode(code)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
    boolean owner = access.mayEnterFigures(user.getName(), indicator.definition().ownerUserId());
    List<StoredFigure> figures = visibleFigures(indicator.indicatorId(), owner);
    model.addAttribute("definition", indicator.definition());
    model.addAttribute("figures", latestFirst(figures, figures.size()));
    return "register/figures";
  }

  private List<StoredFigure> visibleFigures(long indicatorId, boolean owner) {
    return visible(measurements.of(indicatorId), owner);
  }

  private static List<StoredFigure> visible(List<StoredFigure> figures, boolean owner) {
    return figures.stream().filter(f -> owner || f.state() == FigureState.APPROVED).toList();
  }

  /** The latest {@code most} figures as rows, latest first. */
  private static List<FigureRow> latestFirst(List<StoredFigure> oldestFirst, int most) {
    List<FigureRow> rows = new ArrayList<>(Math.min(most, oldestFirst.size()));
    for (int i = oldestFirst.size() - 1; i >= 0 && rows.size() < most; i--) {
      rows.add(FigureRow.of(oldestFirst.get(i)));
    }
    return rows;
  }

  /** The people who own at least one indicator in the register, by name. */
  private List<Owner> owners(List<Judged> all) {
    return all.stream()
        .map(j -> j.indicator().definition().ownerUserId())
        .flatMap(Optional::stream)
        .distinct()
        .map(id -> new Owner(id, people.nameOf(Optional.of(id))))
        .sorted(Comparator.comparing(Owner::name))
        .toList();
  }

  /** A choice of the owner filter. */
  public record Owner(long id, String name) {}

  private Month month(String text) {
    if (text == null || text.isBlank()) {
      return new Month(assess.defaultMonth(), Optional.empty());
    }
    return MonthRange.parse(text)
        .map(month -> new Month(month, Optional.<String>empty()))
        .orElseGet(
            () ->
                new Month(
                    assess.defaultMonth(),
                    Optional.of("Enter " + MonthRange.WRITTEN + ", not '" + text + "'")));
  }

  /** The month asked for, or the default with the problem in what was asked. */
  private record Month(YearMonth month, Optional<String> problem) {}

  /** The owner's latest forecast for the year of the figure shown, as shown, or null. */
  private static String ownerForecast(Judged judged, List<StoredFigure> figures) {
    return judged
        .assessment()
        .figure()
        .flatMap(
            shown ->
                figures.stream()
                    .filter(f -> f.ownerForecast() != null)
                    .filter(f -> f.period().financialYear().equals(shown.period().financialYear()))
                    .filter(f -> !f.period().lastMonth().isAfter(shown.period().lastMonth()))
                    .reduce((first, second) -> second))
        .map(
            f ->
                judged.indicator().definition().measure().show(ExactValue.of(f.ownerForecast()))
                    + " (entered with the "
                    + f.period().label()
                    + " figure by "
                    + f.enteredBy()
                    + ")")
        .orElse(null);
  }
}
