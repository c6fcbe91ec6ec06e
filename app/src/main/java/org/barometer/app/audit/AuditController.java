package org.barometer.app.audit;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit page: every change, filtered by person, indicator and dates. */
@Controller
class AuditController {

  private final ReadAuditTrail read;

  AuditController(ReadAuditTrail read) {
    this.read = read;
  }

  @GetMapping("/audit")
  String audit(AuditFilter filter, Principal user, Model model) {
    AuditResult result = read.read(filter, user.getName());
    model.addAttribute("filter", filter);
    model.addAttribute("result", result);
    model.addAttribute("errors", result.errors());
    model.addAttribute("people", read.people(user.getName()));
    return "audit/list";
  }
}
