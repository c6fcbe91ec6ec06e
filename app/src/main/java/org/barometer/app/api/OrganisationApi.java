package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.notFound;
import static org.barometer.app.api.ApiAccess.requireAdministrator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.api.AdminViews.SettingsRequest;
import org.barometer.app.api.AdminViews.SettingsView;
import org.barometer.app.api.AdminViews.UnitRequest;
import org.barometer.app.api.AdminViews.UnitView;
import org.barometer.app.organisation.ChangeOrganisation;
import org.barometer.app.organisation.ChangeSettings;
import org.barometer.app.organisation.OrganisationUnit;
import org.barometer.app.organisation.UnitForm;
import org.barometer.app.organisation.UnitKind;
import org.barometer.app.security.Access;
import org.barometer.app.security.ApiScope;
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
 * The organisation structure and settings, for administrators' programs: the same use cases, checks
 * and audit as the organisation and settings pages.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(
    name = "Organisation",
    description =
        "Departments, services, committees, aims, priorities and settings; administrators only")
@SecurityRequirement(name = ApiAccess.SCHEME)
class OrganisationApi {

  private static final String KINDS = "departments, services, committees, aims or priorities";

  private final ChangeOrganisation organisation;
  private final ChangeSettings settings;
  private final Access access;

  OrganisationApi(ChangeOrganisation organisation, ChangeSettings settings, Access access) {
    this.organisation = organisation;
    this.settings = settings;
    this.access = access;
  }

  @GetMapping("/organisation/{kind}")
  @Operation(
      summary = "Every part of the organisation of a kind",
      description = "Needs the READ scope and an administrator.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(array = @ArraySchema(schema = @Schema(implementation = UnitView.class)))),
        @ApiResponse(responseCode = "404", description = "No such kind")
      })
  List<UnitView> units(
      @Parameter(description = KINDS) @PathVariable String kind, Authentication who) {
    requireAdministrator(who, ApiScope.READ, access);
    UnitKind unitKind = kind(kind);
    return organisation.units(unitKind).stream().map(u -> view(unitKind, u)).toList();
  }

  @PostMapping("/organisation/{kind}")
  @Operation(
      summary = "Adds a part of the organisation",
      description =
          "Needs the WRITE scope and an administrator. A service needs its department (`parent`),"
              + " a priority its aim; a committee may name the department it scrutinises. A name"
              + " already used by another of its kind is refused.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = UnitView.class))),
        @ApiResponse(responseCode = "404", description = "No such kind"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> add(
      @Parameter(description = KINDS) @PathVariable String kind,
      @RequestBody UnitRequest request,
      Authentication who) {
    requireAdministrator(who, ApiScope.WRITE, access);
    UnitKind unitKind = kind(kind);
    UnitForm form = request.form();
    Map<String, String> errors = organisation.save(unitKind, Optional.empty(), form, who.getName());
    if (!errors.isEmpty()) {
      return ApiProblems.refused("The " + unitKind.noun() + " was not added", errors);
    }
    UnitView added = view(unitKind, named(unitKind, form));
    return ResponseEntity.created(
            URI.create("/api/v1/admin/organisation/" + kind + "/" + added.id()))
        .body(added);
  }

  @PutMapping("/organisation/{kind}/{id}")
  @Operation(
      summary = "Renames or moves a part of the organisation",
      description =
          "Needs the WRITE scope and an administrator. Send the name, detail and parent it is to"
              + " have; a change that changes nothing is refused.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = UnitView.class))),
        @ApiResponse(responseCode = "404", description = "No such kind, or no such part"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> change(
      @Parameter(description = KINDS) @PathVariable String kind,
      @PathVariable long id,
      @RequestBody UnitRequest request,
      Authentication who) {
    requireAdministrator(who, ApiScope.WRITE, access);
    UnitKind unitKind = kind(kind);
    unit(unitKind, id);
    Map<String, String> errors =
        organisation.save(unitKind, Optional.of(id), request.form(), who.getName());
    if (!errors.isEmpty()) {
      return ApiProblems.refused("The " + unitKind.noun() + " was not changed", errors);
    }
    return ResponseEntity.ok(view(unitKind, unit(unitKind, id)));
  }

  @GetMapping("/settings")
  @Operation(
      summary = "The organisation's settings in force",
      description = "Needs the READ scope and an administrator.")
  SettingsView settings(Authentication who) {
    requireAdministrator(who, ApiScope.READ, access);
    return SettingsView.of(settings.current());
  }

  @PutMapping("/settings")
  @Operation(
      summary = "Changes the organisation's settings",
      description =
          "Needs the WRITE scope and an administrator. Send both settings and a reason; each"
              + " setting that changes is in the audit trail.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SettingsView.class))),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> changeSettings(@RequestBody SettingsRequest request, Authentication who) {
    requireAdministrator(who, ApiScope.WRITE, access);
    Map<String, String> errors = settings.change(request.form(settings.current()), who.getName());
    if (!errors.isEmpty()) {
      return ApiProblems.refused("The settings were not changed", errors);
    }
    return ResponseEntity.ok(SettingsView.of(settings.current()));
  }

  private OrganisationUnit unit(UnitKind kind, long id) {
    return organisation.units(kind).stream()
        .filter(u -> u.id() == id)
        .findFirst()
        .orElseThrow(() -> notFound("No " + kind.noun() + " " + id));
  }

  /**
   * The part just added: no other of its kind has its name (in its department or aim, where it
   * needs one), or it would have been refused.
   */
  private OrganisationUnit named(UnitKind kind, UnitForm form) {
    String parent = kind.parent().isPresent() ? form.parent() : "";
    return organisation.units(kind).stream()
        .filter(u -> u.name().equals(form.name()))
        .filter(u -> ChangeOrganisation.formOf(kind, u).parent().equals(parent))
        .findFirst()
        .orElseThrow();
  }

  private static UnitView view(UnitKind kind, OrganisationUnit unit) {
    return UnitView.of(ChangeOrganisation.formOf(kind, unit), unit);
  }

  private static UnitKind kind(String path) {
    return UnitKind.ofPath(path).orElseThrow(() -> notFound("No " + path + ": try " + KINDS));
  }
}
