package org.barometer.app.collection;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.security.Access;
import org.barometer.core.period.MonthRange;
import org.barometer.core.period.Period;
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

/** The pages for entering figures, "my figures" and the approval queue. */
@Controller
class CollectionController {

  private final Indicators indicators;
  private final Measurements measurements;
  private final EnterFigure enter;
  private final DecideFigure decide;
  private final MyFigures myFigures;
  private final ApprovalQueue queue;
  private final Access access;
  private final Clock clock;

  CollectionController(
      Indicators indicators,
      Measurements measurements,
      EnterFigure enter,
      DecideFigure decide,
      MyFigures myFigures,
      ApprovalQueue queue,
      Access access,
      Clock clock) {
    this.clock = clock;
    this.indicators = indicators;
    this.measurements = measurements;
    this.enter = enter;
    this.decide = decide;
    this.myFigures = myFigures;
    this.queue = queue;
    this.access = access;
  }

  @GetMapping("/indicators/{code}/figures/{month}")
  String form(@PathVariable String code, @PathVariable String month, Principal user, Model model) {
    IndicatorVersion indicator = indicator(code);
    Period period = period(indicator, month);
    if (!access.mayEnterFigures(user.getName(), indicator.definition().ownerUserId())) {
      throw new AccessDeniedException("Not an owner of indicator " + code);
    }
    Optional<StoredFigure> existing = measurements.at(indicator.indicatorId(), period);
    FigureForm form = existing.map(FigureForm::of).orElse(FigureForm.empty());
    Map<String, String> errors =
        PeriodEnded.refusal(period, clock, "entered")
            .map(why -> Map.of("month", why))
            .orElse(Map.of());
    return show(model, indicator, period, form, errors, existing);
  }

  @PostMapping("/indicators/{code}/figures/{month}")
  String submit(
      @PathVariable String code,
      @PathVariable String month,
      FigureForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorVersion indicator = indicator(code);
    Period period = period(indicator, month);
    EntryResult result = enter.enter(indicator, period, form, user.getName());
    if (!result.stored()) {
      Optional<StoredFigure> current =
          result.theirs().or(() -> measurements.at(indicator.indicatorId(), period));
      FigureForm again =
          result.theirs().map(theirs -> form.withVersion(theirs.version())).orElse(form);
      return show(model, indicator, period, again, result.errors(), current);
    }
    redirect.addFlashAttribute(
        "success",
        form.submitting()
            ? "The " + period.label() + " figure is submitted for approval"
            : "The " + period.label() + " figure is saved as a draft");
    return "redirect:/indicators/" + code + "?month=" + period.lastMonth();
  }

  @GetMapping("/my-figures")
  String mine(Principal user, Model model) {
    model.addAttribute("rows", myFigures.of(user.getName()));
    return "collection/mine";
  }

  @GetMapping("/approvals")
  String queue(Principal user, Model model) {
    model.addAttribute("waiting", queue.waiting(user.getName()));
    return "collection/approvals";
  }

  @PostMapping("/approvals/{id}")
  String decideOn(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam String decision,
      @RequestParam(required = false) String reason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    requireApprover(user);
    if (measurements.byId(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No figure " + id);
    }
    Map<String, String> errors =
        "approve".equals(decision)
            ? decide.approve(id, version, user.getName())
            : decide.giveBack(id, version, reason, user.getName());
    if (!errors.isEmpty()) {
      model.addAttribute("errors", onTheQueue(id, errors));
      model.addAttribute("failedId", id);
      return queue(user, model);
    }
    redirect.addFlashAttribute(
        "success", "approve".equals(decision) ? "Figure approved" : "Figure returned to its owner");
    return "redirect:/approvals";
  }

  /**
   * Names each error by what it is about on a page of many figures, so that the error summary links
   * to it: the reason field of that figure, or the figure itself.
   */
  private static Map<String, String> onTheQueue(long id, Map<String, String> errors) {
    Map<String, String> anchored = new LinkedHashMap<>();
    errors.forEach(
        (field, message) ->
            anchored.put(("reason".equals(field) ? "reason-" : "figure-") + id, message));
    return anchored;
  }

  private void requireApprover(Principal user) {
    if (!access.mayApprove(user.getName())) {
      throw new AccessDeniedException("Only the performance team approves figures");
    }
  }

  private String show(
      Model model,
      IndicatorVersion indicator,
      Period period,
      FigureForm form,
      Map<String, String> errors,
      Optional<StoredFigure> existing) {
    model.addAttribute("indicator", indicator);
    model.addAttribute("definition", indicator.definition());
    model.addAttribute("period", period);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("existing", existing.orElse(null));
    return "collection/enter";
  }

  private IndicatorVersion indicator(String code) {
    return indicators
        .currentByCode(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
  }

  private static Period period(IndicatorVersion indicator, String month) {
    return indicator
        .periodEnding(month)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    month + " ends no period of the indicator: give " + MonthRange.WRITTEN));
  }
}
