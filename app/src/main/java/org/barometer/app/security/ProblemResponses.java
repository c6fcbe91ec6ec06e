package org.barometer.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.barometer.app.audit.AuditJson;

/** Writes RFC 9457 problem details for requests the API's security refuses. */
final class ProblemResponses {

  private ProblemResponses() {}

  static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    String body =
        AuditJson.of(java.util.Map.of("type", "about:blank", "title", title, "detail", detail));
    response
        .getWriter()
        .write(body.substring(0, body.length() - 1) + ",\"status\":" + status + "}");
  }
}
