package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.barometer.app.catalogue.ImportActions;
import org.barometer.app.catalogue.ImportError;
import org.barometer.app.security.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Adds actions and milestones from an action plan file, for programs. */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Actions", description = "Corporate priority actions and their monthly progress")
@SecurityRequirement(name = ApiAccess.SCHEME)
class ActionImportApi {

  private final ImportActions importActions;

  ActionImportApi(ImportActions importActions) {
    this.importActions = importActions;
  }

  /** One error of a refused import, placed by row (the header is row 1) and column. */
  record ImportErrorView(int row, String column, String reason) {
    static ImportErrorView of(ImportError e) {
      return new ImportErrorView(e.row(), e.column(), e.reason());
    }
  }

  @PostMapping("/import")
  @Operation(
      summary = "Adds actions and milestones from an action plan file",
      description =
          "Needs the WRITE scope and the performance team. The body is the CSV file, UTF-8, in"
              + " the format of docs/import-formats.md. All or nothing: 422 lists every error"
              + " (`importErrors`, each with its row and column) and stores nothing. At most 2 MB"
              + " and 5,000 rows after the header; a larger body is a 413.",
      responses = {
        @ApiResponse(responseCode = "201", description = "Every action in the file is added"),
        @ApiResponse(responseCode = "403", description = "Not the performance team"),
        @ApiResponse(responseCode = "413", description = "The file is larger than 2 MB"),
        @ApiResponse(responseCode = "422", description = "The file has errors; nothing is stored")
      })
  ResponseEntity<Object> importFile(InputStream body, Authentication who) throws IOException {
    requireScope(who, ApiScope.WRITE);
    byte[] file = body.readNBytes(ImportActions.MOST_BYTES + 1);
    if (file.length > ImportActions.MOST_BYTES) {
      return ApiProblems.withErrors(
          HttpStatus.CONTENT_TOO_LARGE,
          "The actions were not imported",
          Map.of("body", ImportActions.TOO_LARGE),
          null);
    }
    List<ImportError> errors = importActions.from(file, who.getName());
    if (errors.isEmpty()) {
      return ResponseEntity.status(HttpStatus.CREATED).build();
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    problem.setTitle("The actions were not imported");
    problem.setDetail(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the file");
    problem.setProperty("importErrors", errors.stream().map(ImportErrorView::of).toList());
    return ResponseEntity.unprocessableContent().body(problem);
  }
}
