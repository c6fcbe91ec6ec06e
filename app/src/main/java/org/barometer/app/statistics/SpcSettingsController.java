package org.barometer.app.statistics;

import java.security.Principal;
import java.util.Map;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance team's page for the organisation's SPC profile and settings. */
@Controller
class SpcSettingsController {

  private final ChangeSpcPolicy change;
  private final SpcPolicies policies;
  private final Access access;

  SpcSettingsController(ChangeSpcPolicy change, SpcPolicies policies, Access access) {
    this.change = change;
    this.policies = policies;
    this.access = access;
  }

  @GetMapping("/spc/settings")
  String form(Principal user, Model model) {
    if (!access.mayApprove(user.getName())) {
      throw new AccessDeniedException("Only the performance team changes the SPC settings");
    }
    return show(model, SpcPolicyForm.of(policies.inForce()), Map.of());
  }

  @PostMapping("/spc/settings")
  String save(SpcPolicyForm form, Principal user, Model model, RedirectAttributes redirect) {
    Map<String, String> errors = change.change(form, user.getName());
    if (!errors.isEmpty()) {
      return show(model, form, errors);
    }
    redirect.addFlashAttribute("success", "The SPC settings are changed");
    return "redirect:/spc/settings";
  }

  private static String show(Model model, SpcPolicyForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "statistics/settings";
  }
}
