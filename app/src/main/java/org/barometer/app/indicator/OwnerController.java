package org.barometer.app.indicator;

import java.security.Principal;
import java.util.Map;
import org.barometer.app.security.Access;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance team's page for choosing who owns an indicator. */
@Controller
class OwnerController {

  private final Indicators indicators;
  private final AssignOwner assignOwner;
  private final Access access;

  OwnerController(Indicators indicators, AssignOwner assignOwner, Access access) {
    this.indicators = indicators;
    this.assignOwner = assignOwner;
    this.access = access;
  }

  @GetMapping("/indicators/{code}/owner")
  String form(@PathVariable String code, Principal user, Model model) {
    if (!access.mayAssignOwners(user.getName())) {
      throw new AccessDeniedException("Only the performance team says who owns an indicator");
    }
    IndicatorVersion indicator = indicator(code);
    String owner = indicator.definition().ownerUserId().map(String::valueOf).orElse("");
    return show(model, indicator, new OwnerForm(owner, "", indicator.version()), Map.of());
  }

  @PostMapping("/indicators/{code}/owner")
  String assign(
      @PathVariable String code,
      OwnerForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorVersion indicator = indicator(code);
    Map<String, String> errors;
    try {
      errors = assignOwner.assign(code, form, user.getName());
    } catch (OptimisticLockingFailureException someoneElseWasFirst) {
      errors =
          Map.of(
              "owner",
              "Someone else changed this indicator's definition at the same moment: check the"
                  + " owner shown and choose again");
    }
    if (!errors.isEmpty()) {
      IndicatorVersion now = indicator(code);
      return show(model, now, new OwnerForm(form.owner(), form.reason(), now.version()), errors);
    }
    redirect.addFlashAttribute("success", "The owner of indicator " + code + " is changed");
    return "redirect:/indicators/" + code;
  }

  private String show(
      Model model, IndicatorVersion indicator, OwnerForm form, Map<String, String> errors) {
    model.addAttribute("indicator", indicator);
    model.addAttribute("definition", indicator.definition());
    model.addAttribute("candidates", assignOwner.candidates());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "indicator/owner";
  }

  private IndicatorVersion indicator(String code) {
    return indicators
        .currentByCode(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
  }
}
