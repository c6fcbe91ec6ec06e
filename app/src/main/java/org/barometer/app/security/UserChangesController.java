package org.barometer.app.security;

import static org.barometer.app.security.UsersController.account;
import static org.barometer.app.security.UsersController.requireAdministrator;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages that change a user: roles, disabled or enabled, a new password. */
@Controller
@RequestMapping("/admin/users/{id}")
class UserChangesController {

  private final UserAccounts accounts;
  private final ChangeRoles changeRoles;
  private final ChangeUserStatus changeStatus;
  private final ResetPassword resetPassword;
  private final Access access;

  UserChangesController(
      UserAccounts accounts,
      ChangeRoles changeRoles,
      ChangeUserStatus changeStatus,
      ResetPassword resetPassword,
      Access access) {
    this.accounts = accounts;
    this.changeRoles = changeRoles;
    this.changeStatus = changeStatus;
    this.resetPassword = resetPassword;
    this.access = access;
  }

  @GetMapping("/roles")
  String rolesForm(@PathVariable long id, Principal user, Model model) {
    requireAdministrator(access, user);
    UserAccount account = account(accounts, id);
    List<String> current = account.roles().stream().map(Role::name).toList();
    return roles(model, account, new RolesForm(current, ""), Map.of());
  }

  @PostMapping("/roles")
  String changeRoles(
      @PathVariable long id, RolesForm form, Principal user, Model model, RedirectAttributes to) {
    requireAdministrator(access, user);
    UserAccount account = account(accounts, id);
    Map<String, String> errors = changeRoles.change(id, form, user.getName());
    if (!errors.isEmpty()) {
      return roles(model, account, form, errors);
    }
    to.addFlashAttribute("success", "The roles of " + account.username() + " are changed");
    return "redirect:/admin/users/" + id;
  }

  @GetMapping("/status")
  String statusForm(@PathVariable long id, Principal user, Model model) {
    requireAdministrator(access, user);
    return status(model, account(accounts, id), "", Map.of());
  }

  @PostMapping("/status")
  String changeStatus(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean enable,
      @RequestParam(required = false) String reason,
      Principal user,
      Model model,
      RedirectAttributes to) {
    requireAdministrator(access, user);
    UserAccount account = account(accounts, id);
    Map<String, String> errors = changeStatus.change(id, enable, reason, user.getName());
    if (!errors.isEmpty()) {
      return status(model, account, Text.clean(reason), errors);
    }
    to.addFlashAttribute(
        "success", account.username() + " is " + (enable ? "enabled" : "disabled"));
    return "redirect:/admin/users/" + id;
  }

  @GetMapping("/password")
  String passwordForm(@PathVariable long id, Principal user, Model model) {
    requireAdministrator(access, user);
    return password(model, account(accounts, id), Map.of());
  }

  @PostMapping("/password")
  String resetPassword(
      @PathVariable long id,
      @RequestParam(required = false) String password,
      Principal user,
      Model model,
      RedirectAttributes to) {
    requireAdministrator(access, user);
    UserAccount account = account(accounts, id);
    UserChange change = resetPassword.reset(id, password, user.getName());
    if (!change.isDone()) {
      return password(model, account, change.errors());
    }
    if (change.madeUpPassword().isPresent()) {
      model.addAttribute("account", account);
      model.addAttribute("password", change.madeUpPassword().get());
      model.addAttribute("headline", "Password reset");
      return "admin/users/password-shown";
    }
    to.addFlashAttribute("success", "The password of " + account.username() + " is reset");
    return "redirect:/admin/users/" + id;
  }

  private static String roles(
      Model model, UserAccount account, RolesForm form, Map<String, String> errors) {
    model.addAttribute("account", account);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Role.values());
    return "admin/users/roles";
  }

  private static String status(
      Model model, UserAccount account, String reason, Map<String, String> errors) {
    model.addAttribute("account", account);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return "admin/users/status";
  }

  private static String password(Model model, UserAccount account, Map<String, String> errors) {
    model.addAttribute("account", account);
    model.addAttribute("errors", errors);
    return "admin/users/password";
  }
}
