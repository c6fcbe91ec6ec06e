package org.barometer.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that reaches the servlet container's error page, in place of Spring Boot's: under
 * {@code /api}, RFC 9457 problem details whatever the request accepted (a 406 is about the very
 * thing it accepted); anywhere else, a GOV.UK page with a title, the language, what happened in
 * plain words and a way back. Neither ever shows an exception, a class or a method.
 */
@Controller
@RequestMapping("/error")
class ErrorPages implements ErrorController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DataSize mostUploaded;
  private final DataSize mostPosted;

  ErrorPages(
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize mostUploaded,
      @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize mostPosted) {
    this.mostUploaded = mostUploaded;
    this.mostPosted = mostPosted;
  }

  @RequestMapping
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status = statusOf(request);
    String path = pathOf(request);
    if (path.equals("/api") || path.startsWith("/api/")) {
      problem(status, path, request.getMethod(), response);
      return null;
    }
    Optional<DataSize> exceeded = exceeded(request);
    if (exceeded.isPresent()) {
      status = HttpStatus.PAYLOAD_TOO_LARGE;
    }
    ErrorPage page =
        exceeded
            .map(most -> ErrorPage.tooLarge(most.toMegabytes()))
            .orElseGet(() -> ErrorPage.of(statusOf(request), csrfRefused(request)));
    boolean publicSite =
        path.startsWith("/public")
            || path.startsWith("/open-data")
            || path.equals("/accessibility");
    ModelAndView view = new ModelAndView("error", status);
    view.addObject("page", page);
    view.addObject("publicSite", publicSite);
    view.addObject("home", publicSite ? "/public" : "/");
    return view;
  }

  /**
   * The bound a form or an upload went over, if it did: the server then refuses it before reading
   * it, so its CSRF token is never read either, and the person would otherwise be told the form had
   * expired.
   */
  private Optional<DataSize> exceeded(HttpServletRequest request) {
    String type = request.getContentType() == null ? "" : request.getContentType();
    DataSize most = type.startsWith("multipart/") ? mostUploaded : mostPosted;
    return request.getContentLengthLong() > most.toBytes() ? Optional.of(most) : Optional.empty();
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
    // Asked for directly, /error is a page like any other that does not exist.
    return status == null ? HttpStatus.NOT_FOUND : status;
  }

  private static String pathOf(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String text ? text : request.getRequestURI();
    return path.substring(request.getContextPath().length());
  }

  private static boolean csrfRefused(HttpServletRequest request) {
    return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
  }

  private static void problem(
      HttpStatus status, String path, String method, HttpServletResponse response)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", status.getReasonPhrase());
    body.put("status", status.value());
    body.put("detail", ApiErrorDetail.of(status, method));
    body.put("instance", path);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
