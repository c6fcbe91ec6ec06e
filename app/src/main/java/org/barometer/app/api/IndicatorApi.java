package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.notFound;
import static org.barometer.app.api.ApiAccess.requireScope;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.barometer.app.collection.DecideFigure;
import org.barometer.app.collection.EnterFigure;
import org.barometer.app.collection.EntryResult;
import org.barometer.app.collection.FigureForm;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.register.AssessIndicators;
import org.barometer.app.security.Access;
import org.barometer.app.security.ApiScope;
import org.barometer.app.statistics.IndicatorCharts;
import org.barometer.core.period.MonthRange;
import org.barometer.core.period.Period;
import org.barometer.core.statistics.AssuranceIcon;
import org.barometer.core.statistics.VariationIcon;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicators, their status and their figures, for programs. */
@RestController
@RequestMapping("/api/v1")
class IndicatorApi {

  private final AssessIndicators assess;
  private final Indicators indicators;
  private final Measurements measurements;
  private final OrganisationStructure organisation;
  private final EnterFigure enter;
  private final DecideFigure decide;
  private final Access access;

  private final IndicatorCharts charts;

  IndicatorApi(
      AssessIndicators assess,
      Indicators indicators,
      Measurements measurements,
      OrganisationStructure organisation,
      EnterFigure enter,
      DecideFigure decide,
      Access access,
      IndicatorCharts charts) {
    this.charts = charts;
    this.assess = assess;
    this.indicators = indicators;
    this.measurements = measurements;
    this.organisation = organisation;
    this.enter = enter;
    this.decide = decide;
    this.access = access;
  }

  /** Every indicator and how it stands for the month (default: the latest with figures). */
  @GetMapping("/indicators")
  List<ApiViews.IndicatorView> indicators(
      @RequestParam(required = false) String month, Authentication who) {
    requireScope(who, ApiScope.READ);
    OrganisationNames names = new OrganisationNames(organisation);
    return assess.all(month(month)).stream().map(j -> IndicatorViews.of(j, names)).toList();
  }

  /**
   * One indicator, how it stands for the month, and its figures (drafts only to those who may enter
   * them).
   */
  @GetMapping("/indicators/{code}")
  ApiViews.IndicatorDetailView indicator(
      @PathVariable String code, @RequestParam(required = false) String month, Authentication who) {
    requireScope(who, ApiScope.READ);
    YearMonth asked = month(month);
    var examined = assess.examine(code, asked).orElseThrow(() -> notFound("No indicator " + code));
    var judged = examined.judged();
    boolean drafts =
        access.maySeeDrafts(who.getName(), judged.indicator().definition().ownerUserId());
    IndicatorCharts.IndicatorSpc spc =
        charts
            .charts(
                judged.indicator(),
                examined.figures(),
                examined.targets(),
                judged.assessment(),
                asked)
            .spc();
    return new ApiViews.IndicatorDetailView(
        IndicatorViews.of(judged, new OrganisationNames(organisation)),
        examined.figures().stream()
            .filter(f -> drafts || f.state() == FigureState.APPROVED)
            .map(IndicatorViews::of)
            .toList(),
        spc.hasFigures() ? summary(spc) : null);
  }

  private static ApiViews.SpcSummaryView summary(IndicatorCharts.IndicatorSpc spc) {
    var result = spc.result();
    return new ApiViews.SpcSummaryView(
        result.variationIcon().map(VariationIcon::key).orElse(null),
        result.assuranceIcon().map(AssuranceIcon::key).orElse(null),
        spc.reading().summary(),
        result.latest().mean(),
        result.latest().lowerLimit(),
        result.latest().upperLimit(),
        spc.notes());
  }

  /**
   * Enters (and with {@code submit: true}, submits) the figure for the period ending in the month.
   */
  @PutMapping("/indicators/{code}/figures/{month}")
  ResponseEntity<Object> enter(
      @PathVariable String code,
      @PathVariable String month,
      @RequestBody ApiViews.FigureRequest request,
      Authentication who) {
    requireScope(who, ApiScope.WRITE);
    IndicatorVersion indicator =
        indicators.currentByCode(code).orElseThrow(() -> notFound("No indicator " + code));
    Period period = period(indicator, month);
    EntryResult result = enter.enter(indicator, period, form(request), who.getName());
    if (result.stored()) {
      return ResponseEntity.ok(
          IndicatorViews.of(measurements.at(indicator.indicatorId(), period).orElseThrow()));
    }
    HttpStatus status =
        result.theirs().isPresent() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    return ApiProblems.withErrors(
        status,
        "The figure was not stored",
        result.errors(),
        result.theirs().map(IndicatorViews::of).orElse(null));
  }

  /** Approves or returns a submitted figure. */
  @PostMapping("/figures/{id}/decision")
  ResponseEntity<Object> decide(
      @PathVariable long id, @RequestBody ApiViews.DecisionRequest request, Authentication who) {
    requireScope(who, ApiScope.APPROVE);
    if (request.version() == null) {
      return ApiProblems.withErrors(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "The decision was not made",
          Map.of("version", "Send the version of the figure you decided on"),
          null);
    }
    measurements.byId(id).orElseThrow(() -> notFound("No figure " + id));
    Map<String, String> errors =
        switch (request.decision() == null ? "" : request.decision()) {
          case "approve" -> decide.approve(id, request.version(), who.getName());
          case "return" -> decide.giveBack(id, request.version(), request.reason(), who.getName());
          default -> Map.of("decision", "The decision is 'approve' or 'return'");
        };
    if (errors.containsKey("version")) {
      // Someone decided first, or the figure changed: theirs is the figure as it now is.
      return ApiProblems.withErrors(
          HttpStatus.CONFLICT,
          "The decision was not made",
          errors,
          IndicatorViews.of(measurements.byId(id).orElseThrow()));
    }
    if (!errors.isEmpty()) {
      return ApiProblems.withErrors(
          HttpStatus.UNPROCESSABLE_CONTENT, "The decision was not made", errors, null);
    }
    return ResponseEntity.ok(IndicatorViews.of(measurements.byId(id).orElseThrow()));
  }

  private static FigureForm form(ApiViews.FigureRequest r) {
    return new FigureForm(
        r.value() == null ? "" : r.value().toPlainString(),
        r.numerator() == null ? "" : r.numerator().toPlainString(),
        r.denominator() == null ? "" : r.denominator().toPlainString(),
        r.commentary(),
        r.explanation(),
        r.forecast() == null ? "" : r.forecast().toPlainString(),
        r.correction(),
        r.version(),
        Boolean.TRUE.equals(r.submit()) ? "submit" : "save");
  }

  private YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      return assess.defaultMonth();
    }
    return MonthRange.parse(text)
        .orElseThrow(() -> new ApiProblems.BadField("month", "Give " + MonthRange.WRITTEN));
  }

  /** The period of the indicator ending in the month, or a 400 naming {@code month}. */
  static Period period(IndicatorVersion indicator, String month) {
    return indicator
        .periodEnding(month)
        .orElseThrow(
            () ->
                new ApiProblems.BadField(
                    "month",
                    "'"
                        + month
                        + "' is not a month that ends a period: give "
                        + MonthRange.WRITTEN));
  }
}
