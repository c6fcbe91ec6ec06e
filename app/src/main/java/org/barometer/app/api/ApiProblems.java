package org.barometer.app.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;

/** Every error of the API as RFC 9457 problem details, naming the field where there is one. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

  /** A request parameter or path part that is wrong. */
  static final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    BadField(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  static ResponseEntity<Object> withErrors(
      HttpStatus status, String title, Map<String, String> errors, Object current) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(title);
    problem.setDetail(String.join("; ", errors.values()));
    problem.setProperty("errors", ApiViews.FieldError.of(errors));
    if (current != null) {
      problem.setProperty("current", current);
    }
    return ResponseEntity.status(status).body(problem);
  }

  /** 422: the request was understood and refused, by field; nothing was stored. */
  static ResponseEntity<Object> refused(String title, Map<String, String> errors) {
    return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, title, errors, null);
  }

  @ExceptionHandler(BadField.class)
  ResponseEntity<Object> badField(BadField e) {
    return withErrors(
        HttpStatus.BAD_REQUEST, "A parameter is wrong", Map.of(e.field, e.getMessage()), null);
  }

  /** A parameter or path part that is not of its type, like {@code page=two}. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> mistyped(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String wanted =
        type == Integer.class || type == int.class || type == Long.class || type == long.class
            ? "a whole number"
            : "of the type the operation takes (see /v3/api-docs)";
    return withErrors(
        HttpStatus.BAD_REQUEST,
        "A parameter is wrong",
        Map.of(e.getName(), e.getName() + " must be " + wanted + ", not '" + e.getValue() + "'"),
        null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
    String field = fieldOf(e);
    // Spring's own message names the Java method that wanted the body: never show it.
    String root = e.getCause() == null ? "Send a JSON body" : plain(rootMessage(e));
    String message =
        field.equals("body")
            ? root
            : field + " is not of the type the operation takes (see /v3/api-docs): " + root;
    return withErrors(
        HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON of the expected shape",
        Map.of(field, message),
        null);
  }

  /** The field of the body at fault, like {@code decimals} or {@code roles[0]}; else "body". */
  private static String fieldOf(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : json.getPath()) {
          if (step.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
          } else if (step.getIndex() >= 0) {
            path.append('[').append(step.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? "body" : path.toString();
      }
    }
    return "body";
  }

  @ExceptionHandler(ResponseStatusException.class)
  ProblemDetail status(ResponseStatusException e) {
    ProblemDetail problem = ProblemDetail.forStatus(e.getStatusCode());
    problem.setDetail(e.getReason());
    return problem;
  }

  private static final Pattern JAVA_TYPE = Pattern.compile("`([\\w.$\\[\\]<>, ]+)`");

  /**
   * A parser's message without Java's names for types: {@code `java.math.BigDecimal`} reads as "a
   * number", an application class as "an object".
   */
  static String plain(String message) {
    Matcher type = JAVA_TYPE.matcher(message);
    StringBuilder plain = new StringBuilder();
    while (type.find()) {
      type.appendReplacement(plain, kindOf(type.group(1)));
    }
    type.appendTail(plain);
    return plain.toString();
  }

  private static String kindOf(String javaType) {
    if (javaType.endsWith("[]") || javaType.contains("List") || javaType.contains("Set")) {
      return "a list";
    }
    String simple =
        javaType.substring(Math.max(javaType.lastIndexOf('.'), javaType.lastIndexOf('$')) + 1);
    return switch (simple) {
      case "BigDecimal", "BigInteger", "Integer", "int", "Long", "long", "Double", "double" ->
          "a number";
      case "String" -> "text";
      case "Boolean", "boolean" -> "true or false";
      case "LocalDate", "YearMonth" -> "a date";
      default -> "an object";
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "unreadable" : root.getMessage();
    int newline = message.indexOf('\n');
    return newline > 0 ? message.substring(0, newline) : message;
  }
}
