package org.barometer.app.security;

import java.util.Optional;
import org.barometer.app.audit.AuditReaders;
import org.springframework.stereotype.Component;

/**
 * Who may do what (domain.md section 14). It reads the person's roles from the database once a
 * request ({@link UserAccounts}), so a role removed or an account disabled takes effect from the
 * next request.
 */
@Component
public class Access implements AuditReaders {

  private final UserAccounts accounts;

  Access(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** The performance team, or the data owner of the indicator, may enter its figures. */
  public boolean mayEnterFigures(String username, Optional<Long> ownerUserId) {
    return enabled(username)
        .map(
            user ->
                user.roles().contains(Role.PERFORMANCE_TEAM)
                    || (user.roles().contains(Role.DATA_OWNER)
                        && ownerUserId.isPresent()
                        && ownerUserId.get() == user.id()))
        .orElse(false);
  }

  /** The performance team, or the owner of a corporate priority action, reports its progress. */
  public boolean mayReportProgress(String username, Optional<Long> ownerUserId) {
    return mayEnterFigures(username, ownerUserId);
  }

  /** Only the performance team approves or returns figures. */
  public boolean mayApprove(String username) {
    return hasRole(username, Role.PERFORMANCE_TEAM);
  }

  /** The performance team and the owner see figures that are not yet approved. */
  public boolean maySeeDrafts(String username, Optional<Long> ownerUserId) {
    return mayEnterFigures(username, ownerUserId);
  }

  /** Administrators manage users, roles, the organisation structure and settings. */
  public boolean mayAdminister(String username) {
    return hasRole(username, Role.ADMINISTRATOR);
  }

  /**
   * The performance team looks after the catalogue, and so says who owns each indicator and action.
   */
  public boolean mayAssignOwners(String username) {
    return hasRole(username, Role.PERFORMANCE_TEAM);
  }

  /** Administrators and the performance team read the audit trail. */
  @Override
  public boolean mayRead(String username) {
    return hasRole(username, Role.ADMINISTRATOR) || hasRole(username, Role.PERFORMANCE_TEAM);
  }

  public boolean hasRole(String username, Role role) {
    return enabled(username).map(u -> u.roles().contains(role)).orElse(false);
  }

  /** The id of a signed-in person. */
  public Optional<Long> idOf(String username) {
    return accounts.byUsername(username).map(UserAccount::id);
  }

  private Optional<UserAccount> enabled(String username) {
    return accounts.byUsername(username).filter(UserAccount::enabled);
  }
}
