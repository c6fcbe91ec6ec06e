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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.app.api.RegisterViews.DefinitionRequest;
import org.barometer.app.api.RegisterViews.DefinitionView;
import org.barometer.app.api.RegisterViews.OwnerRequest;
import org.barometer.app.api.RegisterViews.RetireRequest;
import org.barometer.app.indicator.AssignOwner;
import org.barometer.app.indicator.EditDefinition;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.security.ApiScope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register for programs: add, change and retire an indicator, name its owner, read the history
 * of its definition. The performance team's use cases check, store and audit, as they do for the
 * register's forms.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Register", description = "Indicators' definitions, their history and their owners")
@SecurityRequirement(name = ApiAccess.SCHEME)
class RegisterApi {

  private static final String NOT_STORED = "The definition was not stored";

  private final Indicators indicators;
  private final EditDefinition edit;
  private final AssignOwner assignOwner;

  RegisterApi(Indicators indicators, EditDefinition edit, AssignOwner assignOwner) {
    this.indicators = indicators;
    this.edit = edit;
    this.assignOwner = assignOwner;
  }

  @PostMapping
  @Operation(
      summary = "Adds an indicator",
      description =
          "Needs the WRITE scope and the performance team. The reason is optional. The answer is"
              + " the first version of its definition.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = DefinitionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> create(@RequestBody DefinitionRequest request, Authentication who) {
    requireScope(who, ApiScope.WRITE);
    Map<String, String> errors = edit.create(request.form(), who.getName());
    if (!errors.isEmpty()) {
      return ApiProblems.refused(NOT_STORED, errors);
    }
    IndicatorVersion made = current(request.code().strip());
    return ResponseEntity.created(URI.create("/api/v1/indicators/" + made.definition().code()))
        .body(DefinitionView.of(made));
  }

  @PutMapping("/{code}")
  @Operation(
      summary = "Changes an indicator's definition",
      description =
          "Needs the WRITE scope and the performance team. Send every field, the reason and the"
              + " version you read; the earlier version is kept. The code does not change.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = DefinitionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "404", description = "No such indicator"),
        @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since that version; `current` holds theirs"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> revise(
      @PathVariable String code, @RequestBody DefinitionRequest request, Authentication who) {
    requireScope(who, ApiScope.WRITE);
    current(code);
    Map<String, String> errors = edit.revise(code, request.form(), who.getName());
    if (request.version() == null) {
      return ApiProblems.refused(NOT_STORED, withoutVersion(errors));
    }
    if (errors.containsKey("version")) {
      return stale(code, errors);
    }
    if (!errors.isEmpty()) {
      return ApiProblems.refused(NOT_STORED, errors);
    }
    return ResponseEntity.ok(DefinitionView.of(current(code)));
  }

  @PostMapping("/{code}/retire")
  @Operation(
      summary = "Retires an indicator",
      description =
          "Needs the WRITE scope and the performance team, and a reason. The indicator leaves the"
              + " register; its definitions and figures are kept. Retiring it again changes"
              + " nothing.",
      responses = {
        @ApiResponse(responseCode = "204", description = "Retired"),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "404", description = "No such indicator"),
        @ApiResponse(responseCode = "422", description = "No reason; nothing is stored")
      })
  ResponseEntity<Object> retire(
      @PathVariable String code, @RequestBody RetireRequest request, Authentication who) {
    requireScope(who, ApiScope.WRITE);
    current(code);
    Map<String, String> errors = edit.retire(code, request.reason(), who.getName());
    if (!errors.isEmpty()) {
      // The form's field is retireReason; this request's is reason.
      Map<String, String> named = new LinkedHashMap<>();
      errors.forEach(
          (field, message) -> named.put(field.replace("retireReason", "reason"), message));
      return ApiProblems.refused("The indicator was not retired", named);
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{code}/versions")
  @Operation(
      summary = "The history of an indicator's definition",
      description =
          "Needs the READ scope. Every version, oldest first, each with who made it, when and"
              + " why; the last is the one in force.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    array = @ArraySchema(schema = @Schema(implementation = DefinitionView.class)))),
        @ApiResponse(responseCode = "404", description = "No such indicator")
      })
  List<DefinitionView> versions(@PathVariable String code, Authentication who) {
    requireScope(who, ApiScope.READ);
    return indicators.history(current(code).indicatorId()).stream()
        .map(DefinitionView::of)
        .toList();
  }

  @PutMapping("/{code}/owner")
  @Operation(
      summary = "Says who owns an indicator",
      description =
          "Needs the WRITE scope and the performance team. `owner` is the user id of an enabled"
              + " data owner, or null for nobody; send a reason and the version of the definition"
              + " you read. The change is a new version of the definition.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = DefinitionView.class))),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "404", description = "No such indicator"),
        @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since that version; `current` holds theirs"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> assign(
      @PathVariable String code, @RequestBody OwnerRequest request, Authentication who) {
    requireScope(who, ApiScope.WRITE);
    IndicatorVersion read = current(code);
    Map<String, String> errors;
    try {
      errors = assignOwner.assign(code, request.form(), who.getName());
    } catch (OptimisticLockingFailureException someoneElseWasFirst) {
      return stale(code, Map.of("version", "Someone else changed this indicator at that moment"));
    }
    if (request.version() == null) {
      // Without a version the form's words on the owner are about a stale version.
      Map<String, String> others = new LinkedHashMap<>(errors);
      others.remove("owner");
      return ApiProblems.refused("The owner was not changed", withoutVersion(others));
    }
    if (!errors.isEmpty()) {
      return request.version() == read.version()
          ? ApiProblems.refused("The owner was not changed", errors)
          : stale(code, errors);
    }
    return ResponseEntity.ok(DefinitionView.of(current(code)));
  }

  /**
   * A change without a version is always refused, as one from a stale version; a program is told to
   * send the version it read, after the fields the form would name.
   */
  private static Map<String, String> withoutVersion(Map<String, String> errors) {
    Map<String, String> named = new LinkedHashMap<>(errors);
    named.put("version", "Send the version of the definition you read");
    return named;
  }

  private ResponseEntity<Object> stale(String code, Map<String, String> errors) {
    return ApiProblems.withErrors(
        HttpStatus.CONFLICT, NOT_STORED, errors, DefinitionView.of(current(code)));
  }

  private IndicatorVersion current(String code) {
    return indicators.currentByCode(code).orElseThrow(() -> notFound("No indicator " + code));
  }
}
