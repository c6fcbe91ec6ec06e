package org.barometer.app.reminder;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.barometer.app.security.Access;
import org.barometer.app.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The performance team's timeliness and completeness page. */
@Controller
class TimelinessController {

  private final ReadTimeliness read;
  private final Access access;

  TimelinessController(ReadTimeliness read, Access access) {
    this.read = read;
    this.access = access;
  }

  @GetMapping("/timeliness")
  String timeliness(@RequestParam(required = false) String month, Principal user, Model model) {
    if (!access.hasRole(user.getName(), Role.PERFORMANCE_TEAM)
        && !access.hasRole(user.getName(), Role.ADMINISTRATOR)) {
      throw new AccessDeniedException(
          "Only the performance team and administrators see timeliness");
    }
    MonthChoice choice = MonthChoice.of(month, read.latestEndedMonth());
    Map<String, String> errors = new LinkedHashMap<>();
    choice.problem().ifPresent(problem -> errors.put("month", problem));
    model.addAttribute("report", read.read(choice.month()));
    model.addAttribute("errors", errors);
    model.addAttribute("monthValue", errors.isEmpty() ? choice.month().toString() : month);
    return "reminder/timeliness";
  }
}
