package org.barometer.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
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

  @RequestMapping
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status = statusOf(request);
    String path = pathOf(request);
    if (path.equals("/api") || path.startsWith("/api/")) {
      problem(status, path, request.getMethod(), response);
      return null;
    }
    ErrorPage page = ErrorPage.of(status, csrfRefused(request));
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
