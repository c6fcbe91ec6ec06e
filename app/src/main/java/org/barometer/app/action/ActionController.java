package org.barometer.app.action;

import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.Access;
import org.barometer.app.security.People;
import org.barometer.core.period.MonthRange;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The corporate priority actions: the list with its filters, each action's page with its milestones
 * and progress, the owner's monthly progress form and the performance team's decision on it.
 */
@Controller
class ActionController {

  private final JudgeActions judge;
  private final Actions actions;
  private final RecordProgress record;
  private final DecideProgress decide;
  private final OrganisationStructure organisation;
  private final People people;
  private final Access access;
  private final PlaceAction place;

  ActionController(
      JudgeActions judge,
      Actions actions,
      RecordProgress record,
      DecideProgress decide,
      OrganisationStructure organisation,
      People people,
      Access access,
      PlaceAction place) {
    this.judge = judge;
    this.actions = actions;
    this.record = record;
    this.decide = decide;
    this.organisation = organisation;
    this.people = people;
    this.access = access;
    this.place = place;
  }

  @GetMapping("/actions")
  String list(ActionFilter filter, Model model) {
    List<JudgedAction> all = judge.all();
    model.addAttribute("filter", filter);
    model.addAttribute("actions", all.stream().filter(filter::admits).toList());
    model.addAttribute("total", all.size());
    model.addAttribute("aims", organisation.aims());
    model.addAttribute("departments", organisation.departments());
    model.addAttribute("committees", organisation.committees());
    model.addAttribute("names", new OrganisationNames(organisation));
    return "action/list";
  }

  @GetMapping("/actions/{code}")
  String show(@PathVariable String code, Principal user, Model model) {
    return page(judged(code), user, model, Map.of());
  }

  @GetMapping("/actions/{code}/progress/{month}")
  String form(@PathVariable String code, @PathVariable String month, Principal user, Model model) {
    StoredAction action = judged(code).action();
    requireRecorder(user, action);
    YearMonth chosen = month(month);
    ProgressForm form =
        actions.progressAt(action.id(), chosen).map(ProgressForm::of).orElse(ProgressForm.blank());
    return progressForm(model, action, chosen, form, Map.of());
  }

  @PostMapping("/actions/{code}/progress/{month}")
  String save(
      @PathVariable String code,
      @PathVariable String month,
      ProgressForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    StoredAction action = judged(code).action();
    requireRecorder(user, action);
    YearMonth chosen = month(month);
    ProgressResult result = record.record(action, chosen, form, user.getName());
    if (!result.stored()) {
      model.addAttribute("theirs", result.theirs().orElse(null));
      ProgressForm shown = result.theirs().map(t -> form.basedOn(t.version())).orElse(form);
      return progressForm(model, action, chosen, shown, result.errors());
    }
    redirect.addFlashAttribute(
        "success",
        "Progress for "
            + ActionPages.monthName(chosen)
            + (form.submitting() ? " is sent for approval" : " is saved as a draft"));
    return "redirect:/actions/" + code;
  }

  @PostMapping("/actions/{code}/progress/{month}/decision")
  String decision(
      @PathVariable String code,
      @PathVariable String month,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String reason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    JudgedAction judged = judged(code);
    if (!decide.mayDecide(user.getName())) {
      throw new AccessDeniedException("Only the performance team approves progress");
    }
    YearMonth chosen = month(month);
    Map<String, String> errors =
        decide.decide(judged.action(), chosen, decision, version, reason, user.getName());
    if (!errors.isEmpty()) {
      model.addAttribute("decidingMonth", chosen.toString());
      return page(judged, user, model, errors);
    }
    redirect.addFlashAttribute(
        "success",
        "Progress for "
            + ActionPages.monthName(chosen)
            + ("approve".equals(decision) ? " is approved" : " is returned to its owner"));
    return "redirect:/actions/" + code;
  }

  private String page(
      JudgedAction judged, Principal user, Model model, Map<String, String> errors) {
    StoredAction action = judged.action();
    boolean mayRecord = record.mayRecord(user.getName(), action);
    List<StoredProgress> progress =
        actions.progressOf(action.id()).stream().filter(p -> mayRecord || p.approved()).toList();
    model.addAttribute("judged", judged);
    model.addAttribute("definition", action.definition());
    model.addAttribute("today", judge.today());
    model.addAttribute("progress", ActionPages.latestFirst(progress));
    model.addAttribute("mayRecord", mayRecord);
    model.addAttribute("mayDecide", decide.mayDecide(user.getName()));
    model.addAttribute("mayAssign", access.mayAssignOwners(user.getName()));
    model.addAttribute("thisMonth", YearMonth.from(judge.today()));
    model.addAttribute("owner", people.nameOf(action.definition().ownerUserId()));
    model.addAttribute("names", new OrganisationNames(organisation));
    model.addAttribute(
        "priorities",
        organisation.priorities().stream()
            .filter(p -> action.definition().priorityIds().contains(p.id()))
            .toList());
    model.addAttribute("related", place.related(action));
    model.addAttribute("errors", errors);
    return "action/show";
  }

  private String progressForm(
      Model model,
      StoredAction action,
      YearMonth month,
      ProgressForm form,
      Map<String, String> errors) {
    model.addAttribute("definition", action.definition());
    model.addAttribute("month", month);
    model.addAttribute("monthName", ActionPages.monthName(month));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("statuses", org.barometer.core.action.ProgressStatus.values());
    return "action/progress";
  }

  private void requireRecorder(Principal user, StoredAction action) {
    if (!record.mayRecord(user.getName(), action)) {
      throw new AccessDeniedException("Only the action's owner or the performance team");
    }
  }

  private JudgedAction judged(String code) {
    return judge
        .one(code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No action " + code));
  }

  private static YearMonth month(String text) {
    return MonthRange.parse(text)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No month " + text + ": give " + MonthRange.WRITTEN));
  }
}
