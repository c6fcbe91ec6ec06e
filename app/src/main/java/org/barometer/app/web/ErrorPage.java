package org.barometer.app.web;

import org.springframework.http.HttpStatus;

/**
 * What an error page says: its title (also its heading) and what the person can do, in the words of
 * the GOV.UK design system's error pages.
 *
 * @param status the HTTP status, shown to no one but kept for the page's tests and logs
 */
record ErrorPage(int status, String title, String advice) {

  /** A form or a file over the most the server reads, given in megabytes. */
  static ErrorPage tooLarge(long megabytes) {
    return new ErrorPage(
        413,
        "The file or form is too large",
        "Barometer reads at most "
            + megabytes
            + " MB in one go, and an action plan file of at most 2 MB. Go back and send a"
            + " smaller file: split a large plan into several.");
  }

  static ErrorPage of(HttpStatus status, boolean csrfRefused) {
    if (csrfRefused) {
      return new ErrorPage(
          status.value(),
          "The form could not be sent",
          "The page was open too long, or you signed in or out in another tab. Go back, reload"
              + " the page and try again.");
    }
    return switch (status) {
      case NOT_FOUND ->
          new ErrorPage(
              404,
              "Page not found",
              "If you typed the web address, check it is correct. If you pasted the web address,"
                  + " check you copied the entire address. A report appears here only once it is"
                  + " published.");
      case FORBIDDEN ->
          new ErrorPage(
              403,
              "You do not have permission to see this page",
              "Your role does not include this page. If you think it should, ask the council's"
                  + " Barometer administrator.");
      case METHOD_NOT_ALLOWED ->
          new ErrorPage(
              405,
              "This page cannot be used that way",
              "The address is right, but it is not one to open directly. Go back and use the"
                  + " page's links and buttons.");
      case BAD_REQUEST ->
          new ErrorPage(
              400,
              "There is a problem with the address",
              "Part of the web address is not in the form this page takes. Go back and use the"
                  + " page's links, or check the address.");
      default ->
          status.is5xxServerError()
              ? new ErrorPage(
                  status.value(),
                  "Sorry, there is a problem with the service",
                  "Try again later. If you were sending a form, check whether it was saved before"
                      + " sending it again. The problem is logged; tell the council's Barometer"
                      + " administrator if it happens again.")
              : new ErrorPage(
                  status.value(),
                  "Sorry, that did not work",
                  "Go back and try again, or start again from the home page.");
    };
  }
}
