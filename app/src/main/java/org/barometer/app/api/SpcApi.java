package org.barometer.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.barometer.core.statistics.Spc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SPC calculator for programs: a series in, its XmR chart's limits, signals and icons out
 * (spc.md). It reads no stored data, so it is open to anyone, without a token.
 */
@RestController
@Tag(
    name = "SPC",
    description = "Statistical process control of any series: XmR limits, signals and icons")
class SpcApi {

  /** The largest body read: ample for 10,000 points, and a bound on what anyone may send. */
  static final int MOST_BYTES = 1024 * 1024;

  /**
   * Numbers exactly as written (0.1 stays 0.1), duplicate keys refused, and NaN and Infinity read
   * so that they can be refused by field rather than as malformed JSON.
   */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  @PostMapping(path = "/api/v1/spc", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Analyses a series as an XmR chart: limits, special causes and icons",
      description =
          "Open to anyone: no token is needed, so this operation has no security requirement. It"
              + " reads and stores nothing. Send the series (null for a missing month), its"
              + " polarity, a target or a target_range if any, and settings keyed as in spc.md"
              + " section 7: profile (mdc or ptd, mdc by default) gives the defaults, and each"
              + " key given overrides its one setting. Numbers are read exactly as written. At"
              + " most "
              + SpcRequestReader.MOST_POINTS
              + " points and a body of 1 MB. The answer gives the latest period's mean and"
              + " limits, each period (segment), each point's special cause, both icons, the"
              + " settings as applied and plain-English notes.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(schema = @Schema(implementation = SpcViews.SpcRequestView.class))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SpcViews.SpcView.class))),
        @ApiResponse(
            responseCode = "400",
            description = "The body is not JSON (errors names body)"),
        @ApiResponse(responseCode = "413", description = "The body is larger than 1 MB"),
        @ApiResponse(
            responseCode = "422",
            description =
                "A field is wrong: errors names each, such as values[3], polarity,"
                    + " target_range.low or settings.recalculate_at[0]")
      })
  ResponseEntity<Object> analyse(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MOST_BYTES + 1);
    if (bytes.length > MOST_BYTES) {
      return ApiProblems.withErrors(
          HttpStatus.CONTENT_TOO_LARGE,
          "The series was not analysed",
          Map.of(
              "body",
              "body: is larger than 1 MB; send at most "
                  + SpcRequestReader.MOST_POINTS
                  + " points"),
          null);
    }
    JsonNode json;
    try {
      json = JSON.readTree(bytes);
    } catch (JacksonException malformed) {
      return malformed(
          "body: is not valid JSON" + where(malformed) + malformed.getOriginalMessage());
    }
    if (json == null || json.isMissingNode()) {
      return malformed("body: is empty; send a JSON object with values and polarity");
    }
    SpcRequestReader.Outcome read = SpcRequestReader.read(json);
    if (!read.errors().isEmpty()) {
      return ApiProblems.refused("The series was not analysed", read.errors());
    }
    SpcRequestReader.SpcRequest request = read.request();
    return ResponseEntity.ok(
        SpcViews.SpcView.of(
            Spc.analyse(
                request.series(), request.polarity(), request.target(), request.settings())));
  }

  private static String where(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1
        ? ": "
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + "): ";
  }

  private static ResponseEntity<Object> malformed(String message) {
    return ApiProblems.withErrors(
        HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON",
        Map.of("body", message),
        null);
  }
}
