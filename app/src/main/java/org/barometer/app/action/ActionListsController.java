package org.barometer.app.action;

import java.security.Principal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.organisation.OrganisationStructure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists that chase actions: the signed-in person's own, and milestones overdue or due soon. */
@Controller
class ActionListsController {

  private final MyActions mine;
  private final DueMilestones due;
  private final JudgeActions judge;
  private final OrganisationStructure organisation;

  ActionListsController(
      MyActions mine, DueMilestones due, JudgeActions judge, OrganisationStructure organisation) {
    this.mine = mine;
    this.due = due;
    this.judge = judge;
    this.organisation = organisation;
  }

  @GetMapping("/my-actions")
  String mine(Principal user, Model model) {
    model.addAttribute("owned", mine.of(user.getName()));
    model.addAttribute("thisMonth", YearMonth.from(judge.today()));
    return "action/mine";
  }

  @GetMapping("/actions/milestones")
  String milestones(@RequestParam(required = false) String days, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Integer> ahead = DueMilestones.days(days, errors);
    List<DueMilestone> listed = due.within(ahead.orElse(DueMilestones.DEFAULT_DAYS));
    model.addAttribute("overdue", listed.stream().filter(DueMilestone::overdue).toList());
    model.addAttribute(
        "soon", ahead.isPresent() ? listed.stream().filter(m -> !m.overdue()).toList() : List.of());
    model.addAttribute("days", days == null ? "" : days);
    model.addAttribute("ahead", ahead.orElse(DueMilestones.DEFAULT_DAYS));
    model.addAttribute("today", judge.today());
    model.addAttribute("names", new OrganisationNames(organisation));
    model.addAttribute("errors", errors);
    return "action/milestones";
  }
}
