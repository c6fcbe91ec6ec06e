package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.app.action.DueMilestones;
import org.barometer.app.action.JudgeActions;
import org.barometer.app.action.MyActions;
import org.barometer.app.api.ActionViews.DueMilestoneView;
import org.barometer.app.api.ActionViews.MyActionView;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.ApiScope;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lists that chase actions: the token owner's own, and milestones overdue or due soon. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Actions", description = "Corporate priority actions and their monthly progress")
@SecurityRequirement(name = ApiAccess.SCHEME)
class ActionListsApi {

  private final MyActions mine;
  private final DueMilestones due;
  private final JudgeActions judge;
  private final OrganisationStructure organisation;
  private final Indicators indicators;

  ActionListsApi(
      MyActions mine,
      DueMilestones due,
      JudgeActions judge,
      OrganisationStructure organisation,
      Indicators indicators) {
    this.indicators = indicators;
    this.mine = mine;
    this.due = due;
    this.judge = judge;
    this.organisation = organisation;
  }

  @GetMapping("/my-actions")
  @Operation(
      summary = "The actions the token's owner owns, with what they report next",
      description = "Needs the READ scope. Empty for someone who owns no action.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      array = @ArraySchema(schema = @Schema(implementation = MyActionView.class)))))
  List<MyActionView> mine(Authentication who) {
    requireScope(who, ApiScope.READ);
    OrganisationNames names = new OrganisationNames(organisation);
    Map<Long, String> codes = ActionViews.indicatorCodes(indicators);
    return mine.of(who.getName()).stream().map(o -> MyActionView.of(o, names, codes)).toList();
  }

  @GetMapping("/actions/milestones")
  @Operation(
      summary = "Open milestones overdue, then those due within some days",
      description =
          "Needs the READ scope. `days` is a whole number from 1 to 366, 30 when not given."
              + " Overdue milestones come first, earliest first; milestones of completed,"
              + " cancelled or deferred actions are left out.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    array =
                        @ArraySchema(schema = @Schema(implementation = DueMilestoneView.class)))),
        @ApiResponse(responseCode = "400", description = "`days` is not from 1 to 366")
      })
  List<DueMilestoneView> milestones(
      @RequestParam(required = false) String days, Authentication who) {
    requireScope(who, ApiScope.READ);
    Map<String, String> errors = new LinkedHashMap<>();
    int ahead = DueMilestones.days(days, errors).orElse(DueMilestones.DEFAULT_DAYS);
    if (!errors.isEmpty()) {
      throw new ApiProblems.BadField("days", errors.get("days"));
    }
    LocalDate today = judge.today();
    OrganisationNames names = new OrganisationNames(organisation);
    return due.within(ahead).stream().map(m -> DueMilestoneView.of(m, today, names)).toList();
  }
}
