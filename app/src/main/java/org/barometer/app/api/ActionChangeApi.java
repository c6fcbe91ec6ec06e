package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.notFound;
import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.action.ActionOwnerForm;
import org.barometer.app.action.AssignActionOwner;
import org.barometer.app.action.CompleteMilestone;
import org.barometer.app.action.CompletionForm;
import org.barometer.app.action.DueDateForm;
import org.barometer.app.action.JudgeActions;
import org.barometer.app.action.JudgedAction;
import org.barometer.app.action.PlaceAction;
import org.barometer.app.action.PlacementForm;
import org.barometer.app.action.ReviseDueDate;
import org.barometer.app.action.StoredAction;
import org.barometer.app.api.ActionViews.ActionView;
import org.barometer.app.api.ActionViews.CompletionRequest;
import org.barometer.app.api.ActionViews.DueRequest;
import org.barometer.app.api.ActionViews.OwnerRequest;
import org.barometer.app.api.ActionViews.PlacementRequest;
import org.barometer.app.form.DateField;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Changes to an action's owner, lead officer and dates, for programs. */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Actions", description = "Corporate priority actions and their monthly progress")
@SecurityRequirement(name = ApiAccess.SCHEME)
class ActionChangeApi {

  private final JudgeActions judge;
  private final AssignActionOwner assignOwner;
  private final ReviseDueDate revise;
  private final CompleteMilestone complete;
  private final OrganisationStructure organisation;
  private final PlaceAction place;
  private final Indicators indicators;

  ActionChangeApi(
      JudgeActions judge,
      AssignActionOwner assignOwner,
      ReviseDueDate revise,
      CompleteMilestone complete,
      OrganisationStructure organisation,
      PlaceAction place,
      Indicators indicators) {
    this.place = place;
    this.indicators = indicators;
    this.judge = judge;
    this.assignOwner = assignOwner;
    this.revise = revise;
    this.complete = complete;
    this.organisation = organisation;
  }

  @PutMapping("/{code}/owner")
  @Operation(
      summary = "Names an action's owner and lead officer",
      description =
          "Needs the WRITE scope and the performance team. `owner` is the user id of an enabled"
              + " data owner, or null for nobody; `leadOfficer` a name, or empty. Send a reason"
              + " and the action's `version` as read.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ActionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "404", description = "No such action"),
        @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since that version; `current` holds theirs"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> owner(
      @PathVariable String code, @RequestBody OwnerRequest request, Authentication who) {
    requireScope(who, ApiScope.WRITE);
    ActionOwnerForm form =
        new ActionOwnerForm(
            request.owner() == null ? "" : request.owner().toString(),
            request.leadOfficer(),
            request.reason(),
            request.version());
    return answer(code, assignOwner.assign(judged(code).action(), form, who.getName()));
  }

  @PutMapping("/{code}/placement")
  @Operation(
      summary = "Sets the priorities an action serves, its committee and its related indicators",
      description =
          "Needs the WRITE scope and the performance team. `priorities` are ids of priorities of"
              + " the action's aim, `committee` a scrutiny committee's id or null for none,"
              + " `indicators` codes of indicators in the register; each list replaces the one"
              + " stored. Send a reason and the action's `version` as read.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ActionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "404", description = "No such action"),
        @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since that version; `current` holds theirs"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> placement(
      @PathVariable String code, @RequestBody PlacementRequest request, Authentication who) {
    requireScope(who, ApiScope.WRITE);
    PlacementForm form =
        new PlacementForm(
            request.priorities() == null
                ? List.of()
                : request.priorities().stream().map(String::valueOf).toList(),
            request.committee() == null ? "" : request.committee().toString(),
            request.indicators(),
            request.reason(),
            request.version());
    return answer(code, place.place(judged(code).action(), form, who.getName()));
  }

  @PutMapping("/{code}/due")
  @Operation(
      summary = "Revises an action's own due date",
      description =
          "Needs the WRITE scope, and the action's owner or the performance team. `due` as"
              + " 2018-03-31, a reason, and the action's `version` as read. The original date is"
              + " kept; the revised one counts for lateness. An action due on its last milestone"
              + " has no date of its own: revise the milestone.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ActionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the owner or the performance team"),
        @ApiResponse(responseCode = "404", description = "No such action, or no date of its own"),
        @ApiResponse(responseCode = "409", description = "Changed by someone else since"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> due(
      @PathVariable String code, @RequestBody DueRequest request, Authentication who) {
    requireScope(who, ApiScope.WRITE);
    StoredAction action = judged(code).action();
    if (action.definition().ownDue().isEmpty()) {
      throw notFound("Action " + code + " is due on its last milestone: revise that milestone");
    }
    return answer(code, revise.revise(action, Optional.empty(), form(request), who.getName()));
  }

  @PutMapping("/{code}/milestones/{position}/due")
  @Operation(
      summary = "Revises a milestone's due date",
      description =
          "Needs the WRITE scope, and the action's owner or the performance team. As for the"
              + " action's own date.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ActionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the owner or the performance team"),
        @ApiResponse(responseCode = "404", description = "No such action or milestone"),
        @ApiResponse(responseCode = "409", description = "Changed by someone else since"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> milestoneDue(
      @PathVariable String code,
      @PathVariable int position,
      @RequestBody DueRequest request,
      Authentication who) {
    requireScope(who, ApiScope.WRITE);
    StoredAction action = withMilestone(code, position);
    return answer(code, revise.revise(action, Optional.of(position), form(request), who.getName()));
  }

  @PutMapping("/{code}/milestones/{position}/completion")
  @Operation(
      summary = "Marks a milestone completed",
      description =
          "Needs the WRITE scope, and the action's owner or the performance team. `completedOn`"
              + " as 2018-03-27, not after today, and the action's `version` as read.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ActionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the owner or the performance team"),
        @ApiResponse(responseCode = "404", description = "No such action or milestone"),
        @ApiResponse(responseCode = "409", description = "Changed by someone else since"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> completion(
      @PathVariable String code,
      @PathVariable int position,
      @RequestBody CompletionRequest request,
      Authentication who) {
    requireScope(who, ApiScope.WRITE);
    StoredAction action = withMilestone(code, position);
    DateField.Parts on = DateField.Parts.ofIso(request.completedOn());
    CompletionForm form = new CompletionForm(on.day(), on.month(), on.year(), request.version());
    return answer(code, complete.complete(action, position, form, who.getName()));
  }

  private static DueDateForm form(DueRequest request) {
    DateField.Parts due = DateField.Parts.ofIso(request.due());
    return new DueDateForm(due.day(), due.month(), due.year(), request.reason(), request.version());
  }

  private StoredAction withMilestone(String code, int position) {
    StoredAction action = judged(code).action();
    if (action.definition().milestones().stream().noneMatch(m -> m.position() == position)) {
      throw notFound("Action " + code + " has no milestone " + position);
    }
    return action;
  }

  /** The action as it now is, or why nothing was stored: 409 when the version was stale. */
  private ResponseEntity<Object> answer(String code, Map<String, String> errors) {
    ActionView now =
        ActionView.of(
            judged(code),
            new OrganisationNames(organisation),
            ActionViews.indicatorCodes(indicators));
    if (errors.isEmpty()) {
      return ResponseEntity.ok(now);
    }
    boolean stale = errors.containsKey("version");
    return ApiProblems.withErrors(
        stale ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
        "The action was not changed",
        errors,
        stale ? now : null);
  }

  private JudgedAction judged(String code) {
    return judge.one(code).orElseThrow(() -> notFound("No action " + code));
  }
}
