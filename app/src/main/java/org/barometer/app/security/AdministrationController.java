package org.barometer.app.security;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' front page, with the way to each part of administration. */
@Controller
class AdministrationController {

  private final Access access;

  AdministrationController(Access access) {
    this.access = access;
  }

  @GetMapping("/admin")
  String index(Principal user) {
    UsersController.requireAdministrator(access, user);
    return "admin/index";
  }
}
