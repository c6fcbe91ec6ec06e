package org.barometer.app.publication;

import java.time.Duration;
import org.barometer.app.report.Sha256;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the public site answers with: bytes that never change for their address while the edition
 * behind them stands, so each carries an ETag (its SHA-256) and may be kept by anyone for five
 * minutes; a request that already holds them ({@code If-None-Match}) gets 304 Not Modified.
 */
final class PublicResponses {

  static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

  /** Bytes with their type and ETag, worked out once. */
  record Body(byte[] content, MediaType type, String etag) {

    static Body of(byte[] content, MediaType type) {
      return new Body(content, type, "\"" + Sha256.hex(content) + "\"");
    }
  }

  private PublicResponses() {}

  /** The body, or 304 when the request's {@code If-None-Match} already names its ETag. */
  static ResponseEntity<byte[]> send(Body body, String ifNoneMatch) {
    return send(body, ifNoneMatch, null);
  }

  /**
   * The body as an attachment named {@code fileName} (or inline when null), or 304 when the
   * request's {@code If-None-Match} already names its ETag.
   */
  static ResponseEntity<byte[]> send(Body body, String ifNoneMatch, String fileName) {
    if (matches(ifNoneMatch, body.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(body.etag())
          .cacheControl(FIVE_MINUTES)
          .build();
    }
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok().contentType(body.type()).eTag(body.etag()).cacheControl(FIVE_MINUTES);
    if (fileName != null) {
      response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
    return response.body(body.content());
  }

  /** Whether an {@code If-None-Match} header names the ETag (weakly, as RFC 9110 says for GET). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
