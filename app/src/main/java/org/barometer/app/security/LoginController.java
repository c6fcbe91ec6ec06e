package org.barometer.app.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's submission. Every refused sign-in gets the
 * same message, whether the username is unknown, the password wrong, or the account or address
 * locked: telling them apart would tell a stranger which usernames exist.
 */
@Controller
class LoginController {

  private final String problem;

  LoginController(
      @Value("${barometer.login.attempts:5}") int attempts,
      @Value("${barometer.login.lock:PT15M}") Duration lock) {
    this.problem =
        "Enter a correct username and password. After "
            + attempts
            + " wrong attempts in a row, signing in is paused for "
            + minutes(lock)
            + ".";
  }

  @GetMapping("/login")
  String login(@RequestParam(name = "error", required = false) String error, Model model) {
    if (error != null) {
      model.addAttribute("problem", problem);
    }
    return "login";
  }

  private static String minutes(Duration lock) {
    long minutes = Math.max(1, lock.toMinutes());
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}
