package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.barometer.app.form.DateField;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.security.ApiScope;
import org.barometer.app.target.SetTarget;
import org.barometer.app.target.StoredTarget;
import org.barometer.app.target.TargetForm;
import org.barometer.app.target.TargetKind;
import org.barometer.app.target.TargetYear;
import org.barometer.app.target.Targets;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetForPeriod;
import org.barometer.core.target.TargetText;
import org.barometer.core.target.TargetVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An indicator's targets for programs: every version, a year's target for each period, and new
 * versions set by the performance team. A year is written {@code 2017-18}.
 */
@RestController
@RequestMapping("/api/v1/indicators/{code}/targets")
@Tag(name = "Targets", description = "Indicators' targets by year, every version with its decision")
@SecurityRequirement(name = ApiAccess.SCHEME)
class TargetApi {

  private final Indicators indicators;
  private final Targets targets;
  private final SetTarget setTarget;

  TargetApi(Indicators indicators, Targets targets, SetTarget setTarget) {
    this.indicators = indicators;
    this.targets = targets;
    this.setTarget = setTarget;
  }

  /**
   * One version of a target with the decision behind it. Only the fields of its kind are set:
   * {@code value} for SINGLE, {@code low} and {@code high} for RANGE, {@code yearEnd}, {@code
   * start} and {@code perMonth} for INCREMENT, {@code months} (April first) for PROFILE, {@code
   * note} for TBC.
   */
  record TargetVersionView(
      long id,
      String year,
      String kind,
      String text,
      BigDecimal value,
      BigDecimal low,
      BigDecimal high,
      BigDecimal yearEnd,
      BigDecimal start,
      BigDecimal perMonth,
      List<String> months,
      String note,
      String appliesFrom,
      String proposedBy,
      String agreedBy,
      LocalDate decidedOn,
      String reference,
      String reason,
      String recordedBy,
      Instant recordedAt,
      String asPrinted) {

    static TargetVersionView of(StoredTarget stored, Measure measure) {
      TargetVersion v = stored.version();
      Target t = v.target();
      Target.SingleValue single = t instanceof Target.SingleValue s ? s : null;
      Target.Range range = t instanceof Target.Range r ? r : null;
      Target.MonthlyIncrement step = t instanceof Target.MonthlyIncrement i ? i : null;
      Target.MonthlyProfile profile = t instanceof Target.MonthlyProfile p ? p : null;
      return new TargetVersionView(
          stored.id(),
          v.year().label(),
          TargetKind.of(t).name(),
          TargetText.of(t, measure),
          single == null ? null : single.value(),
          range == null ? null : range.low(),
          range == null ? null : range.high(),
          step == null ? null : step.month(12),
          step == null ? null : step.start(),
          step == null ? null : step.perMonth(),
          profile == null ? null : profile.months().stream().map(ExactValue::toString).toList(),
          t instanceof Target.ToBeConfirmed tbc ? tbc.note() : null,
          v.appliesFrom().toString(),
          v.decision().proposedBy(),
          v.decision().agreedBy(),
          v.decision().decidedOn().orElse(null),
          v.decision().reference(),
          v.changeReason(),
          v.recordedBy(),
          v.recordedAt(),
          stored.asPrinted());
    }
  }

  /**
   * The target in force for one period of the year.
   *
   * @param value the value to meet, rounded to 6 places; null for a range, TBC or none
   * @param low the bottom of a range
   * @param high the top of a range
   * @param versionId the version it comes from; null when no target is set
   */
  record PeriodTargetView(
      String period,
      String lastMonth,
      String text,
      BigDecimal value,
      BigDecimal low,
      BigDecimal high,
      Long versionId) {

    static PeriodTargetView of(TargetYear.PeriodTarget p) {
      TargetForPeriod t = p.target().orElse(null);
      TargetForPeriod.Point point = t instanceof TargetForPeriod.Point x ? x : null;
      TargetForPeriod.Band band = t instanceof TargetForPeriod.Band b ? b : null;
      return new PeriodTargetView(
          p.period().label(),
          p.period().lastMonth().toString(),
          p.text(),
          point == null ? null : point.value().round(6).stripTrailingZeros(),
          band == null ? null : band.low().round(6).stripTrailingZeros(),
          band == null ? null : band.high().round(6).stripTrailingZeros(),
          p.versionId().orElse(null));
    }
  }

  /** A year's targets: each period's, and every version recorded, newest first. */
  record TargetYearView(
      String year, List<PeriodTargetView> periods, List<TargetVersionView> versions) {}

  /**
   * A new version of a year's target. {@code basedOn} is the id of the year's latest version the
   * change was made from (0 or absent when there is none): if another has been recorded since, the
   * change is refused with 409 and the current one. {@code decidedOn} is a date such as {@code
   * 2017-01-19}; {@code reason} is required when the year has a target already. Kind {@code SHAPED}
   * spreads {@code yearEnd} over the months in the shape of the indicator's approved figures in
   * {@code shapeYears} (such as {@code ["2015-16"]}, averaged when several) and is kept as a {@code
   * PROFILE}.
   */
  record TargetRequest(
      String kind,
      BigDecimal value,
      BigDecimal low,
      BigDecimal high,
      BigDecimal yearEnd,
      BigDecimal perMonth,
      List<BigDecimal> months,
      String note,
      String appliesFrom,
      String proposedBy,
      String agreedBy,
      String decidedOn,
      String reference,
      String reason,
      Long basedOn,
      List<String> shapeYears) {

    TargetForm form() {
      DateField.Parts decided = DateField.Parts.ofIso(decidedOn);
      return new TargetForm(
          kind,
          plain(value),
          plain(low),
          plain(high),
          plain(yearEnd),
          plain(perMonth),
          months == null ? List.of() : months.stream().map(TargetRequest::plain).toList(),
          note,
          appliesFrom,
          proposedBy,
          agreedBy,
          decided.day(),
          decided.month(),
          decided.year(),
          reference,
          reason,
          basedOn == null ? 0L : basedOn,
          plain(yearEnd),
          shapeYears);
    }

    private static String plain(BigDecimal number) {
      return number == null ? "" : number.toPlainString();
    }
  }

  /** Every version of every year's target, oldest first. */
  @GetMapping
  @Operation(summary = "Every version of every year's target, oldest first; needs READ")
  List<TargetVersionView> all(@PathVariable String code, Authentication who) {
    requireScope(who, ApiScope.READ);
    IndicatorVersion indicator = indicator(code);
    Measure measure = indicator.definition().measure();
    return targets.of(indicator.indicatorId()).stream()
        .map(t -> TargetVersionView.of(t, measure))
        .toList();
  }

  /** A year's target for each period, and the year's versions, newest first. */
  @GetMapping("/{year}")
  @Operation(
      summary = "A year's target for each period, and the year's versions, newest first",
      description = "Needs READ. The year is written 2017-18.")
  TargetYearView year(@PathVariable String code, @PathVariable String year, Authentication who) {
    requireScope(who, ApiScope.READ);
    IndicatorVersion indicator = indicator(code);
    return view(indicator, year(year));
  }

  /** Sets or changes a year's target: a new version, the earlier ones kept. */
  @PostMapping("/{year}")
  @Operation(
      summary = "Sets or changes a year's target: a new version, the earlier ones kept",
      description =
          "Needs the WRITE scope and the performance team. basedOn is the id of the year's latest"
              + " version the change was made from (0 when there is none); reason is required"
              + " when the year has a target already.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = TargetVersionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(
            responseCode = "409",
            description = "Someone else set the year's target meanwhile; current holds it"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> set(
      @PathVariable String code,
      @PathVariable String year,
      @RequestBody TargetRequest request,
      Authentication who) {
    requireScope(who, ApiScope.WRITE);
    IndicatorVersion indicator = indicator(code);
    FinancialYear chosen = year(year);
    SetTarget.Outcome outcome = setTarget.set(indicator, chosen, request.form(), who.getName());
    if (outcome.stale()) {
      return ApiProblems.withErrors(
          HttpStatus.CONFLICT,
          "Someone else changed the target meanwhile",
          outcome.errors(),
          view(indicator, chosen));
    }
    if (!outcome.errors().isEmpty()) {
      return ApiProblems.withErrors(
          HttpStatus.UNPROCESSABLE_CONTENT, "The target was not set", outcome.errors(), null);
    }
    StoredTarget stored = outcome.stored().orElseThrow();
    return ResponseEntity.created(
            URI.create("/api/v1/indicators/" + code + "/targets/" + TargetYear.path(chosen)))
        .body(TargetVersionView.of(stored, indicator.definition().measure()));
  }

  private TargetYearView view(IndicatorVersion indicator, FinancialYear year) {
    Measure measure = indicator.definition().measure();
    TargetYear targetYear = TargetYear.of(year, targets.of(indicator.indicatorId()), measure);
    return new TargetYearView(
        year.label(),
        targetYear.periods().stream().map(PeriodTargetView::of).toList(),
        targetYear.versions().stream()
            .map(v -> TargetVersionView.of(v.stored(), measure))
            .toList());
  }

  private static FinancialYear year(String text) {
    try {
      return FinancialYear.parse(text.replace('-', '/'));
    } catch (IllegalArgumentException e) {
      throw new ApiProblems.BadField("year", "Write the year as 2017-18, not '" + text + "'");
    }
  }

  private IndicatorVersion indicator(String code) {
    return indicators
        .currentByCode(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
  }
}
