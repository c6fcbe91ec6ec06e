package org.barometer.app.action;

import java.security.Principal;
import java.util.Map;
import org.barometer.app.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance team's page for naming an action's owner and lead officer. */
@Controller
class ActionOwnerController {

  private final Actions actions;
  private final AssignActionOwner assign;
  private final Access access;

  ActionOwnerController(Actions actions, AssignActionOwner assign, Access access) {
    this.actions = actions;
    this.assign = assign;
    this.access = access;
  }

  @GetMapping("/actions/{code}/owner")
  String form(@PathVariable String code, Principal user, Model model) {
    if (!access.mayAssignOwners(user.getName())) {
      throw new AccessDeniedException("Only the performance team says who owns an action");
    }
    StoredAction action = action(actions, code);
    return show(model, action, ActionOwnerForm.of(action), Map.of());
  }

  @PostMapping("/actions/{code}/owner")
  String save(
      @PathVariable String code,
      ActionOwnerForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = assign.assign(action(actions, code), form, user.getName());
    if (!errors.isEmpty()) {
      StoredAction now = action(actions, code);
      return show(model, now, form.basedOn(now.version()), errors);
    }
    redirect.addFlashAttribute(
        "success", "The owner and lead officer of action " + code + " are changed");
    return "redirect:/actions/" + code;
  }

  private String show(
      Model model, StoredAction action, ActionOwnerForm form, Map<String, String> errors) {
    model.addAttribute("definition", action.definition());
    model.addAttribute("candidates", assign.candidates());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "action/owner";
  }

  /** The action, or 404. */
  static StoredAction action(Actions actions, String code) {
    return actions
        .byCode(code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No action " + code));
  }
}
