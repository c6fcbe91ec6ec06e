package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditFilter;
import org.barometer.app.audit.AuditResult;
import org.barometer.app.audit.ReadAuditTrail;
import org.barometer.app.security.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail for programs, with the audit page's filters and readers: the performance team and
 * administrators.
 */
@RestController
@Tag(name = "Audit", description = "Every change: who, when, old value, new value and why")
@SecurityRequirement(name = ApiAccess.SCHEME)
class AuditApi {

  private final ReadAuditTrail read;
  private final JsonMapper json;

  AuditApi(ReadAuditTrail read, JsonMapper json) {
    this.read = read;
    this.json = json;
  }

  /**
   * One change.
   *
   * @param subjectType the kind of thing changed: indicator, user, setting and so on
   * @param subjectId which one: an indicator's code, a username
   * @param oldValue its value before, as a JSON object; null when it is new
   * @param newValue its value after; null when it is gone
   */
  record AuditEventView(
      Instant at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      @Schema(type = "object") JsonNode oldValue,
      @Schema(type = "object") JsonNode newValue,
      String reason) {}

  /**
   * A page of the audit trail, newest first, 50 a page.
   *
   * @param total how many changes match the filters
   * @param page this page, from 1
   * @param pages how many pages there are, at least 1
   */
  record AuditPageView(long total, int page, int pages, List<AuditEventView> events) {}

  @GetMapping("/api/v1/audit")
  @Operation(
      summary = "The audit trail, newest first, 50 changes a page",
      description =
          "Needs the READ scope, and the performance team or an administrator, as the audit page"
              + " does. The filters combine; dates are days in UK time, both included, written"
              + " 2016-11-01 or 1/11/2016. A page past the last gives the last.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = AuditPageView.class))),
        @ApiResponse(
            responseCode = "400",
            description = "A filter is wrong; `errors` names the parameter"),
        @ApiResponse(
            responseCode = "403",
            description = "Neither performance team nor administrator")
      })
  ResponseEntity<Object> audit(
      @Parameter(description = "who made the changes, by username") @RequestParam(required = false)
          String person,
      @Parameter(description = "the indicator changed, by its code") @RequestParam(required = false)
          String indicator,
      @Parameter(description = "the first day") @RequestParam(required = false) String from,
      @Parameter(description = "the last day") @RequestParam(required = false) String to,
      @Parameter(description = "which page, from 1") @RequestParam(required = false) Integer page,
      Authentication who) {
    requireScope(who, ApiScope.READ);
    AuditResult result =
        read.read(
            new AuditFilter(person, indicator, from, to, page == null ? "" : page.toString()),
            who.getName());
    if (!result.errors().isEmpty()) {
      return ApiProblems.withErrors(
          HttpStatus.BAD_REQUEST, "A filter is wrong", result.errors(), null);
    }
    return ResponseEntity.ok(
        new AuditPageView(
            result.total(),
            result.page(),
            result.pages(),
            result.rows().stream().map(row -> view(row.event())).toList()));
  }

  private AuditEventView view(AuditEvent e) {
    return new AuditEventView(
        e.at(),
        e.actor(),
        e.action(),
        e.subjectType(),
        e.subjectId(),
        value(e.oldValue()),
        value(e.newValue()),
        e.reason());
  }

  /** The JSON kept, as JSON; text that is not JSON (none should be) as text. */
  private JsonNode value(String kept) {
    if (kept == null) {
      return null;
    }
    try {
      return json.readTree(kept);
    } catch (JacksonException notJson) {
      return json.getNodeFactory().textNode(kept);
    }
  }
}
