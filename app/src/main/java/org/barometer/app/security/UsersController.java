package org.barometer.app.security;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages for the list of users, adding a user, and each user's page. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

  private final UserAccounts accounts;
  private final AddUser addUser;
  private final Access access;
  private final Clock clock;

  UsersController(UserAccounts accounts, AddUser addUser, Access access, Clock clock) {
    this.accounts = accounts;
    this.addUser = addUser;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  String list(Principal user, Model model) {
    requireAdministrator(access, user);
    model.addAttribute("users", accounts.all());
    model.addAttribute("now", clock.instant());
    return "admin/users/list";
  }

  @GetMapping("/new")
  String blank(Principal user, Model model) {
    requireAdministrator(access, user);
    return form(model, NewUserForm.empty(), Map.of());
  }

  @PostMapping
  String add(NewUserForm form, Principal user, Model model, RedirectAttributes redirect) {
    UserChange change = addUser.add(form, user.getName());
    if (!change.isDone()) {
      return form(model, form, change.errors());
    }
    long id = change.userId().orElseThrow();
    if (change.madeUpPassword().isPresent()) {
      model.addAttribute("account", accounts.byId(id).orElseThrow());
      model.addAttribute("password", change.madeUpPassword().get());
      model.addAttribute("headline", "User added");
      return "admin/users/password-shown";
    }
    redirect.addFlashAttribute("success", "User " + form.username() + " added");
    return "redirect:/admin/users/" + id;
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Principal user, Model model) {
    requireAdministrator(access, user);
    model.addAttribute("account", account(accounts, id));
    model.addAttribute("now", clock.instant());
    return "admin/users/show";
  }

  private static String form(Model model, NewUserForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Role.values());
    return "admin/users/new";
  }

  static void requireAdministrator(Access access, Principal user) {
    if (!access.mayAdminister(user.getName())) {
      throw new AccessDeniedException("Only administrators manage users");
    }
  }

  static UserAccount account(UserAccounts accounts, long id) {
    return accounts
        .byId(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + id));
  }
}
