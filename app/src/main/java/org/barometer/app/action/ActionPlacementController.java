package org.barometer.app.action;

import java.security.Principal;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance team's page for where an action sits: the corporate priorities it serves, its
 * scrutiny committee and its related indicators.
 */
@Controller
class ActionPlacementController {

  private final Actions actions;
  private final PlaceAction place;

  ActionPlacementController(Actions actions, PlaceAction place) {
    this.actions = actions;
    this.place = place;
  }

  @GetMapping("/actions/{code}/placement")
  String form(@PathVariable String code, Principal user, Model model) {
    if (!place.mayPlace(user.getName())) {
      throw new AccessDeniedException("Only the performance team says where an action sits");
    }
    StoredAction action = ActionOwnerController.action(actions, code);
    return show(model, action, PlacementForm.of(action, place.indicatorCodes(action)), Map.of());
  }

  @PostMapping("/actions/{code}/placement")
  String save(
      @PathVariable String code,
      PlacementForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors =
        place.place(ActionOwnerController.action(actions, code), form, user.getName());
    if (!errors.isEmpty()) {
      StoredAction now = ActionOwnerController.action(actions, code);
      return show(model, now, form.basedOn(now.version()), errors);
    }
    redirect.addFlashAttribute(
        "success", "The priorities, committee and indicators of action " + code + " are changed");
    return "redirect:/actions/" + code;
  }

  private String show(
      Model model, StoredAction action, PlacementForm form, Map<String, String> errors) {
    model.addAttribute("definition", action.definition());
    model.addAttribute("priorities", place.prioritiesFor(action));
    model.addAttribute("committees", place.committees());
    model.addAttribute("indicators", place.indicators());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "action/placement";
  }
}
