package org.barometer.app.security;

import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a signed-in person changes their own password. */
@Controller
class AccountController {

  private final ChangeOwnPassword changeOwnPassword;

  AccountController(ChangeOwnPassword changeOwnPassword) {
    this.changeOwnPassword = changeOwnPassword;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("errors", Map.of());
    return "account/password";
  }

  @PostMapping("/account/password")
  String change(OwnPasswordForm form, Principal user, Model model, RedirectAttributes redirect) {
    Map<String, String> errors = changeOwnPassword.change(user.getName(), form);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "account/password";
    }
    redirect.addFlashAttribute("success", "Your password is changed");
    return "redirect:/account/password";
  }
}
