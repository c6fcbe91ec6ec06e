package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.notFound;
import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.barometer.app.action.Actions;
import org.barometer.app.action.JudgeActions;
import org.barometer.app.action.JudgedAction;
import org.barometer.app.action.ProgressForm;
import org.barometer.app.action.ProgressResult;
import org.barometer.app.action.RecordProgress;
import org.barometer.app.action.StoredAction;
import org.barometer.app.api.ActionViews.ActionDetailView;
import org.barometer.app.api.ActionViews.ActionView;
import org.barometer.app.api.ActionViews.MilestoneView;
import org.barometer.app.api.ActionViews.ProgressRequest;
import org.barometer.app.api.ActionViews.ProgressView;
import org.barometer.app.form.DateField;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.ApiScope;
import org.barometer.core.period.MonthRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corporate priority actions, their status, milestones and monthly progress, for programs. */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Actions", description = "Corporate priority actions and their monthly progress")
@SecurityRequirement(name = ApiAccess.SCHEME)
class ActionApi {

  private final JudgeActions judge;
  private final Actions actions;
  private final RecordProgress record;
  private final OrganisationStructure organisation;
  private final Indicators indicators;

  ActionApi(
      JudgeActions judge,
      Actions actions,
      RecordProgress record,
      OrganisationStructure organisation,
      Indicators indicators) {
    this.indicators = indicators;
    this.judge = judge;
    this.actions = actions;
    this.record = record;
    this.organisation = organisation;
  }

  @GetMapping
  @Operation(
      summary = "Every action with its status today",
      description =
          "Needs the READ scope. The status is judged on each action's latest approved progress.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      array = @ArraySchema(schema = @Schema(implementation = ActionView.class)))))
  List<ActionView> list(Authentication who) {
    requireScope(who, ApiScope.READ);
    OrganisationNames names = new OrganisationNames(organisation);
    Map<Long, String> codes = ActionViews.indicatorCodes(indicators);
    return judge.all().stream().map(a -> ActionView.of(a, names, codes)).toList();
  }

  @GetMapping("/{code}")
  @Operation(
      summary = "An action with its status, milestones and progress",
      description =
          "Needs the READ scope. Progress not yet approved is shown to the action's owner and the"
              + " performance team only.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ActionDetailView.class))),
        @ApiResponse(responseCode = "404", description = "No such action")
      })
  ActionDetailView one(@PathVariable String code, Authentication who) {
    requireScope(who, ApiScope.READ);
    return detail(judged(code), who.getName());
  }

  @PutMapping("/{code}/progress/{month}")
  @Operation(
      summary = "Records an action's progress for a month",
      description =
          "Needs the WRITE scope, and the action's owner or the performance team. A reason is"
              + " required when cancelled or deferred, completedOn when completed. Changing a month"
              + " that has progress needs the version you read.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ActionDetailView.class))),
        @ApiResponse(responseCode = "403", description = "Not the owner or the performance team"),
        @ApiResponse(responseCode = "404", description = "No such action"),
        @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since that version; `current` holds theirs"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> progress(
      @PathVariable String code,
      @PathVariable String month,
      @RequestBody ProgressRequest request,
      Authentication who) {
    requireScope(who, ApiScope.WRITE);
    StoredAction action = judged(code).action();
    ProgressResult result = record.record(action, month(month), form(request), who.getName());
    if (result.stored()) {
      return ResponseEntity.ok(detail(judged(code), who.getName()));
    }
    HttpStatus status =
        result.theirs().isPresent() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    return ApiProblems.withErrors(
        status,
        "The progress was not stored",
        result.errors(),
        result.theirs().map(ProgressView::of).orElse(null));
  }

  private ActionDetailView detail(JudgedAction judged, String user) {
    StoredAction action = judged.action();
    boolean mayRecord = record.mayRecord(user, action);
    LocalDate today = judge.today();
    return new ActionDetailView(
        ActionView.of(
            judged, new OrganisationNames(organisation), ActionViews.indicatorCodes(indicators)),
        action.definition().milestones().stream().map(m -> MilestoneView.of(m, today)).toList(),
        actions.progressOf(action.id()).stream()
            .filter(p -> mayRecord || p.approved())
            .map(ProgressView::of)
            .toList());
  }

  private static ProgressForm form(ProgressRequest r) {
    DateField.Parts done = DateField.Parts.ofIso(r.completedOn());
    return new ProgressForm(
        r.status(),
        r.percentComplete() == null ? "" : r.percentComplete().toString(),
        r.commentary(),
        r.reason(),
        done.day(),
        done.month(),
        done.year(),
        r.version(),
        Boolean.TRUE.equals(r.submit()) ? "submit" : "save");
  }

  private JudgedAction judged(String code) {
    return judge.one(code).orElseThrow(() -> notFound("No action " + code));
  }

  private static YearMonth month(String text) {
    return MonthRange.parse(text)
        .orElseThrow(() -> new ApiProblems.BadField("month", "Give " + MonthRange.WRITTEN));
  }
}
