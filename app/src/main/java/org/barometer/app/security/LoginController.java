package org.barometer.app.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the form's submission. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login(
      @RequestParam(name = "error", required = false) String error,
      HttpSession session,
      Model model) {
    if (error != null) {
      Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      model.addAttribute(
          "problem",
          failure instanceof LockedException
              ? "Too many failed attempts: this account is locked for a while. Try again later."
              : "Enter a correct username and password.");
    }
    return "login";
  }
}
