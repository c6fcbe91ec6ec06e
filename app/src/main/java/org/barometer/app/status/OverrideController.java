package org.barometer.app.status;

import java.security.Principal;
import java.util.Map;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.core.period.Period;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The override form on the indicator page posts here. */
@Controller
class OverrideController {

  private final Indicators indicators;
  private final OverrideStatus override;

  OverrideController(Indicators indicators, OverrideStatus override) {
    this.indicators = indicators;
    this.override = override;
  }

  @PostMapping("/indicators/{code}/status/{month}")
  String set(
      @PathVariable String code,
      @PathVariable String month,
      @RequestParam(required = false) String colour,
      @RequestParam(required = false) String reason,
      Principal user,
      RedirectAttributes redirect) {
    IndicatorVersion indicator =
        indicators
            .currentByCode(code)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
    Period period =
        indicator
            .periodEnding(month)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, month + " ends no period"));
    Map<String, String> errors = override.set(indicator, period, colour, reason, user.getName());
    if (errors.isEmpty()) {
      redirect.addFlashAttribute("success", "The status for " + period.label() + " is set");
    } else {
      redirect.addFlashAttribute("overrideErrors", errors);
    }
    return "redirect:/indicators/" + code + "?month=" + month;
  }
}
