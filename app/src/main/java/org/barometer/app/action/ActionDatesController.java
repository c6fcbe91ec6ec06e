package org.barometer.app.action;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's and the performance team's pages for revising an action's due date, and a
 * milestone's, and for marking a milestone completed.
 */
@Controller
class ActionDatesController {

  private final Actions actions;
  private final ReviseDueDate revise;
  private final CompleteMilestone complete;
  private final RecordProgress record;

  ActionDatesController(
      Actions actions, ReviseDueDate revise, CompleteMilestone complete, RecordProgress record) {
    this.actions = actions;
    this.revise = revise;
    this.complete = complete;
    this.record = record;
  }

  @GetMapping("/actions/{code}/due")
  String dueForm(@PathVariable String code, Principal user, Model model) {
    StoredAction action = changeable(code, user);
    requireOwnDue(action);
    return duePage(model, action, DueDateForm.blank(action.version()), Map.of());
  }

  @PostMapping("/actions/{code}/due")
  String revise(
      @PathVariable String code,
      DueDateForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    StoredAction action = changeable(code, user);
    requireOwnDue(action);
    Map<String, String> errors = revise.revise(action, Optional.empty(), form, user.getName());
    if (!errors.isEmpty()) {
      StoredAction now = ActionOwnerController.action(actions, code);
      return duePage(model, now, form.basedOn(now.version()), errors);
    }
    redirect.addFlashAttribute("success", "The due date of action " + code + " is revised");
    return "redirect:/actions/" + code;
  }

  @GetMapping("/actions/{code}/milestones/{n}")
  String milestone(@PathVariable String code, @PathVariable String n, Principal user, Model model) {
    StoredAction action = changeable(code, user);
    int position = position(action, n);
    return milestonePage(
        model,
        action,
        position,
        DueDateForm.blank(action.version()),
        CompletionForm.blank(action.version()),
        Map.of());
  }

  @PostMapping("/actions/{code}/milestones/{n}/due")
  String reviseMilestone(
      @PathVariable String code,
      @PathVariable String n,
      DueDateForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    StoredAction action = changeable(code, user);
    int position = position(action, n);
    Map<String, String> errors = revise.revise(action, Optional.of(position), form, user.getName());
    if (!errors.isEmpty()) {
      StoredAction now = ActionOwnerController.action(actions, code);
      return milestonePage(
          model,
          now,
          position,
          form.basedOn(now.version()),
          CompletionForm.blank(now.version()),
          errors);
    }
    redirect.addFlashAttribute("success", "The date of milestone " + position + " is revised");
    return "redirect:/actions/" + code;
  }

  @PostMapping("/actions/{code}/milestones/{n}/completion")
  String completeMilestone(
      @PathVariable String code,
      @PathVariable String n,
      CompletionForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    StoredAction action = changeable(code, user);
    int position = position(action, n);
    Map<String, String> errors = complete.complete(action, position, form, user.getName());
    if (!errors.isEmpty()) {
      StoredAction now = ActionOwnerController.action(actions, code);
      return milestonePage(
          model,
          now,
          position,
          DueDateForm.blank(now.version()),
          form.basedOn(now.version()),
          errors);
    }
    redirect.addFlashAttribute("success", "Milestone " + position + " is marked completed");
    return "redirect:/actions/" + code;
  }

  private String duePage(
      Model model, StoredAction action, DueDateForm form, Map<String, String> errors) {
    model.addAttribute("definition", action.definition());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "action/due";
  }

  private String milestonePage(
      Model model,
      StoredAction action,
      int position,
      DueDateForm form,
      CompletionForm completion,
      Map<String, String> errors) {
    model.addAttribute("definition", action.definition());
    model.addAttribute("milestone", Milestones.at(action.definition(), position));
    model.addAttribute("form", form);
    model.addAttribute("completion", completion);
    model.addAttribute("errors", errors);
    return "action/milestone";
  }

  private StoredAction changeable(String code, Principal user) {
    StoredAction action = ActionOwnerController.action(actions, code);
    if (!record.mayRecord(user.getName(), action)) {
      throw new AccessDeniedException("Only the action's owner or the performance team");
    }
    return action;
  }

  private static void requireOwnDue(StoredAction action) {
    if (action.definition().ownDue().isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND,
          "Action " + action.code() + " is due on its last milestone: revise that milestone");
    }
  }

  private static int position(StoredAction action, String n) {
    boolean exists =
        n.matches("\\d{1,4}")
            && action.definition().milestones().stream()
                .anyMatch(m -> m.position() == Integer.parseInt(n));
    if (!exists) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "Action " + action.code() + " has no milestone " + n);
    }
    return Integer.parseInt(n);
  }
}
