package org.barometer.app.web;

import org.springframework.http.HttpStatus;

/** What an API error that no operation answered means, in words a program's author can act on. */
final class ApiErrorDetail {

  private ApiErrorDetail() {}

  static String of(HttpStatus status, String method) {
    return switch (status) {
      case BAD_REQUEST -> "The request is malformed: see /v3/api-docs for what the operation takes";
      case UNAUTHORIZED -> "Send a personal API token: Authorization: Bearer brm_...";
      case FORBIDDEN -> "This token may not do that";
      case NOT_FOUND -> "There is nothing at this address: see /v3/api-docs for the API's paths";
      case METHOD_NOT_ALLOWED ->
          method + " is not allowed at this address: the Allow header lists the methods that are";
      case NOT_ACCEPTABLE ->
          "The API answers application/json (and problems as application/problem+json): ask for"
              + " it in the Accept header, or send none";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
      case PAYLOAD_TOO_LARGE -> "The body is too large";
      default ->
          status.is5xxServerError()
              ? "Something went wrong on the server and the request did not complete; it is"
                  + " logged. Try again, and tell the council's Barometer administrator if it"
                  + " happens again"
              : status.getReasonPhrase();
    };
  }
}
