package org.barometer.app.security;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person's personal API tokens: make one (its secret shown once), see, revoke. */
@Controller
class TokenController {

  private final ApiTokens tokens;
  private final UserAccounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  TokenController(ApiTokens tokens, UserAccounts accounts, AuditTrail audit, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/account/tokens")
  String list(Principal who, Model model) {
    model.addAttribute("tokens", tokens.of(me(who).id()));
    model.addAttribute("scopes", ApiScope.values());
    model.addAttribute("errors", Map.of());
    return "account/tokens";
  }

  @PostMapping("/account/tokens")
  @Transactional
  String issue(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) List<String> scope,
      Principal who,
      Model model) {
    UserAccount me = me(who);
    Map<String, String> errors = new LinkedHashMap<>();
    String cleanName = name.strip();
    if (cleanName.isEmpty() || cleanName.length() > 100) {
      errors.put(
          "name", "Give the token a name of 1 to 100 characters, such as the system that uses it");
    }
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    for (String s : scope == null ? List.<String>of() : scope) {
      try {
        scopes.add(ApiScope.valueOf(s));
      } catch (IllegalArgumentException e) {
        errors.put("scope", "'" + s + "' is not a scope");
      }
    }
    if (scopes.isEmpty()) {
      errors.putIfAbsent("scope", "Choose at least one thing the token may do");
    }
    if (errors.isEmpty()) {
      Instant now = clock.instant();
      model.addAttribute("secret", tokens.issue(me.id(), cleanName, scopes, now));
      audit.record(
          new AuditEvent(
              now,
              me.username(),
              "token.issued",
              "user",
              Long.toString(me.id()),
              null,
              AuditJson.of(Map.of("token", cleanName, "scopes", scopes.toString())),
              null));
    }
    model.addAttribute("tokens", tokens.of(me.id()));
    model.addAttribute("scopes", ApiScope.values());
    model.addAttribute("errors", errors);
    return "account/tokens";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  @Transactional
  String revoke(@PathVariable long id, Principal who) {
    UserAccount me = me(who);
    Instant now = clock.instant();
    if (tokens.revoke(me.id(), id, now)) {
      audit.record(
          new AuditEvent(
              now,
              me.username(),
              "token.revoked",
              "user",
              Long.toString(me.id()),
              AuditJson.of(Map.of("token", Long.toString(id))),
              null,
              null));
    }
    return "redirect:/account/tokens";
  }

  private UserAccount me(Principal who) {
    return accounts.byUsername(who.getName()).orElseThrow();
  }
}
