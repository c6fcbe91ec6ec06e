package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.notFound;
import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.register.AssessIndicators;
import org.barometer.app.security.ApiScope;
import org.barometer.app.status.OverrideStatus;
import org.barometer.core.period.Period;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The performance team overrides an indicator's computed status for one period, or withdraws it.
 */
@RestController
@Tag(name = "Status", description = "Statuses set by hand, with their reasons")
@SecurityRequirement(name = ApiAccess.SCHEME)
class StatusApi {

  private final Indicators indicators;
  private final OverrideStatus override;
  private final AssessIndicators assess;
  private final OrganisationStructure organisation;

  StatusApi(
      Indicators indicators,
      OverrideStatus override,
      AssessIndicators assess,
      OrganisationStructure organisation) {
    this.indicators = indicators;
    this.override = override;
    this.assess = assess;
    this.organisation = organisation;
  }

  /**
   * The status chosen for a period: {@code colour} GREEN, AMBER or RED, or COMPUTED to withdraw an
   * override; {@code reason} is required either way, up to 2,000 characters.
   */
  record OverrideRequest(String colour, String reason) {}

  @PostMapping("/api/v1/indicators/{code}/status/{month}")
  @Operation(
      summary = "Overrides the status of the period ending in the month, or withdraws an override",
      description =
          "Needs the WRITE scope and the performance team, as the indicator page's override does."
              + " The computed status is kept beside the override, and every override is kept."
              + " The answer is the indicator as it stands for the month.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ApiViews.IndicatorView.class))),
        @ApiResponse(responseCode = "400", description = "The month ends no period"),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "404", description = "No such indicator"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> set(
      @PathVariable String code,
      @PathVariable String month,
      @RequestBody OverrideRequest request,
      Authentication who) {
    requireScope(who, ApiScope.WRITE);
    IndicatorVersion indicator =
        indicators.currentByCode(code).orElseThrow(() -> notFound("No indicator " + code));
    Period period = IndicatorApi.period(indicator, month);
    Map<String, String> errors =
        override.set(indicator, period, request.colour(), request.reason(), who.getName());
    if (!errors.isEmpty()) {
      return ApiProblems.refused("The status was not set", errors);
    }
    return ResponseEntity.ok(
        IndicatorViews.of(
            assess.one(code, period.lastMonth()).orElseThrow(),
            new OrganisationNames(organisation)));
  }
}
