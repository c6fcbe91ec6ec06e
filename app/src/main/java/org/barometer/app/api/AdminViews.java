package org.barometer.app.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.barometer.app.organisation.OrganisationUnit;
import org.barometer.app.organisation.SettingsForm;
import org.barometer.app.organisation.UnitForm;
import org.barometer.app.security.NewUserForm;
import org.barometer.app.security.Role;
import org.barometer.app.security.RolesForm;
import org.barometer.app.security.UserAccount;

/**
 * The administrators' requests and answers: people, the organisation and the settings. The fields
 * are named as the administrators' forms name them, so a refusal names the same field.
 */
final class AdminViews {

  private AdminViews() {}

  /** A person; never their password or its hash. */
  record UserView(
      long id,
      String username,
      String displayName,
      String email,
      List<String> roles,
      boolean enabled,
      Instant lockedUntil) {

    static UserView of(UserAccount user) {
      return new UserView(
          user.id(),
          user.username(),
          user.displayName(),
          user.email(),
          user.roles().stream().sorted().map(Role::name).toList(),
          user.enabled(),
          user.lockedUntil());
    }
  }

  /**
   * A new person: {@code roles} are ADMINISTRATOR, PERFORMANCE_TEAM, DATA_OWNER or COUNCILLOR;
   * leave {@code password} out to have one made up.
   */
  record NewUserRequest(
      String username, String displayName, String email, List<String> roles, String password) {

    NewUserForm form() {
      return new NewUserForm(username, displayName, email, roles, password);
    }
  }

  /** A person added, with the password made up for them: shown this once, never again. */
  record NewUserView(UserView user, String password) {}

  /** A person's new roles and why. */
  record RolesRequest(List<String> roles, String reason) {

    RolesForm form() {
      return new RolesForm(roles, reason);
    }
  }

  /** {@code enabled} false disables the account, true enables it again; with a reason. */
  record StatusRequest(Boolean enabled, String reason) {}

  /**
   * A part of the organisation. {@code detail} is a department's full name or a priority's note;
   * {@code parent} is the id of a service's department, a priority's aim, or the department a
   * committee scrutinises.
   */
  record UnitView(long id, String name, String detail, Long parent) {

    static UnitView of(UnitForm form, OrganisationUnit unit) {
      return new UnitView(
          unit.id(),
          form.name(),
          form.detail(),
          form.parent().isEmpty() ? null : Long.valueOf(form.parent()));
    }
  }

  /** A part of the organisation to add, or its new name, detail and parent. */
  record UnitRequest(String name, String detail, Long parent) {

    UnitForm form() {
      return new UnitForm(name, detail, parent == null ? "" : parent.toString());
    }
  }

  /**
   * The organisation's settings: the default tolerance, RELATIVE (a percentage of the target, 10
   * for 10%) or ABSOLUTE (an amount in the indicator's unit), and the working day after a period
   * ends on which its figures are due, the organisation's name and whether councillors read draft
   * reports (false: published editions only).
   */
  record SettingsView(
      String toleranceKind,
      BigDecimal toleranceValue,
      int dueWorkingDays,
      String organisationName,
      boolean councillorsSeeDrafts) {

    static SettingsView of(SettingsForm form) {
      return new SettingsView(
          form.toleranceKind(),
          new BigDecimal(form.toleranceValue()),
          Integer.parseInt(form.dueWorkingDays()),
          form.organisationName(),
          Boolean.parseBoolean(form.councillorsSeeDrafts()));
    }
  }

  /** New settings and why they change. */
  record SettingsRequest(
      String toleranceKind,
      BigDecimal toleranceValue,
      Integer dueWorkingDays,
      String organisationName,
      Boolean councillorsSeeDrafts,
      String reason) {

    /**
     * The form, keeping the organisation's current name and councillors' reading of drafts when the
     * request leaves them out.
     */
    SettingsForm form(SettingsForm current) {
      return new SettingsForm(
          toleranceKind,
          toleranceValue == null ? "" : toleranceValue.toPlainString(),
          dueWorkingDays == null ? "" : dueWorkingDays.toString(),
          organisationName == null ? current.organisationName() : organisationName,
          councillorsSeeDrafts == null
              ? current.councillorsSeeDrafts()
              : councillorsSeeDrafts.toString(),
          reason);
    }
  }
}
