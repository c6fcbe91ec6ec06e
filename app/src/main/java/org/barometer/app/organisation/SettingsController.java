package org.barometer.app.organisation;

import java.security.Principal;
import java.util.Map;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page for the organisation-wide settings. */
@Controller
class SettingsController {

  private final ChangeSettings change;
  private final Access access;

  SettingsController(ChangeSettings change, Access access) {
    this.change = change;
    this.access = access;
  }

  @GetMapping("/admin/settings")
  String form(Principal user, Model model) {
    if (!access.mayAdminister(user.getName())) {
      throw new AccessDeniedException("Only administrators change the settings");
    }
    return show(model, change.current(), Map.of());
  }

  @PostMapping("/admin/settings")
  String save(SettingsForm form, Principal user, Model model, RedirectAttributes redirect) {
    Map<String, String> errors = change.change(form, user.getName());
    if (!errors.isEmpty()) {
      return show(model, form, errors);
    }
    redirect.addFlashAttribute("success", "The settings are changed");
    return "redirect:/admin/settings";
  }

  private static String show(Model model, SettingsForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("latestDueDay", SettingsFields.LATEST_DUE_DAY);
    return "admin/settings";
  }
}
