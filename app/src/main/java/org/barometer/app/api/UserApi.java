package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.notFound;
import static org.barometer.app.api.ApiAccess.requireAdministrator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.barometer.app.api.AdminViews.NewUserRequest;
import org.barometer.app.api.AdminViews.NewUserView;
import org.barometer.app.api.AdminViews.RolesRequest;
import org.barometer.app.api.AdminViews.StatusRequest;
import org.barometer.app.api.AdminViews.UserView;
import org.barometer.app.security.Access;
import org.barometer.app.security.AddUser;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ChangeRoles;
import org.barometer.app.security.ChangeUserStatus;
import org.barometer.app.security.UserAccount;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.security.UserChange;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * People and their roles, for administrators' programs: the same use cases, checks and audit as the
 * users pages.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Users", description = "People, their roles and their accounts; administrators only")
@SecurityRequirement(name = ApiAccess.SCHEME)
class UserApi {

  private final UserAccounts accounts;
  private final AddUser addUser;
  private final ChangeRoles changeRoles;
  private final ChangeUserStatus changeStatus;
  private final Access access;

  UserApi(
      UserAccounts accounts,
      AddUser addUser,
      ChangeRoles changeRoles,
      ChangeUserStatus changeStatus,
      Access access) {
    this.accounts = accounts;
    this.addUser = addUser;
    this.changeRoles = changeRoles;
    this.changeStatus = changeStatus;
    this.access = access;
  }

  @GetMapping
  @Operation(
      summary = "Everyone who may sign in",
      description = "Needs the READ scope and an administrator.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      array = @ArraySchema(schema = @Schema(implementation = UserView.class)))))
  List<UserView> users(Authentication who) {
    requireAdministrator(who, ApiScope.READ, access);
    return accounts.all().stream().map(UserView::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "One person",
      description = "Needs the READ scope and an administrator.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = UserView.class))),
        @ApiResponse(responseCode = "404", description = "No such user")
      })
  UserView user(@PathVariable long id, Authentication who) {
    requireAdministrator(who, ApiScope.READ, access);
    return UserView.of(account(id));
  }

  @PostMapping
  @Operation(
      summary = "Adds a person",
      description =
          "Needs the WRITE scope and an administrator. Leave `password` out and one is made up:"
              + " the answer's `password` shows it this once; Barometer keeps only its hash.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = NewUserView.class))),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> add(@RequestBody NewUserRequest request, Authentication who) {
    requireAdministrator(who, ApiScope.WRITE, access);
    UserChange change = addUser.add(request.form(), who.getName());
    if (!change.isDone()) {
      return ApiProblems.refused("The user was not added", change.errors());
    }
    UserAccount added = account(change.userId().orElseThrow());
    return ResponseEntity.created(URI.create("/api/v1/admin/users/" + added.id()))
        .body(new NewUserView(UserView.of(added), change.madeUpPassword().orElse(null)));
  }

  @PutMapping("/{id}/roles")
  @Operation(
      summary = "Changes a person's roles",
      description =
          "Needs the WRITE scope and an administrator, and a reason. The person is signed out"
              + " everywhere; nobody removes their own administrator role.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = UserView.class))),
        @ApiResponse(responseCode = "404", description = "No such user"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> roles(
      @PathVariable long id, @RequestBody RolesRequest request, Authentication who) {
    requireAdministrator(who, ApiScope.WRITE, access);
    account(id);
    return answer(
        id, "The roles were not changed", changeRoles.change(id, request.form(), who.getName()));
  }

  @PutMapping("/{id}/status")
  @Operation(
      summary = "Disables or enables a person's account",
      description =
          "Needs the WRITE scope and an administrator, and a reason. A disabled person is signed"
              + " out everywhere and cannot sign in or use their tokens; nothing is deleted."
              + " Nobody disables their own account.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = UserView.class))),
        @ApiResponse(responseCode = "404", description = "No such user"),
        @ApiResponse(responseCode = "422", description = "A field is wrong; nothing is stored")
      })
  ResponseEntity<Object> status(
      @PathVariable long id, @RequestBody StatusRequest request, Authentication who) {
    requireAdministrator(who, ApiScope.WRITE, access);
    account(id);
    if (request.enabled() == null) {
      return ApiProblems.refused(
          "The account was not changed",
          Map.of("enabled", "Say whether the account is enabled: true or false"));
    }
    return answer(
        id,
        "The account was not changed",
        changeStatus.change(id, request.enabled(), request.reason(), who.getName()));
  }

  private ResponseEntity<Object> answer(long id, String title, Map<String, String> errors) {
    return errors.isEmpty()
        ? ResponseEntity.ok(UserView.of(account(id)))
        : ApiProblems.refused(title, errors);
  }

  private UserAccount account(long id) {
    return accounts.byId(id).orElseThrow(() -> notFound("No user " + id));
  }
}
