package org.barometer.app.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who may do what to an indicator's figures (domain.md section 14). */
@Component
public class Access {

  private final UserAccounts accounts;

  Access(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** The performance team, or the data owner of the indicator, may enter its figures. */
  public boolean mayEnterFigures(String username, Optional<Long> ownerUserId) {
    return accounts
        .byUsername(username)
        .map(
            user ->
                user.roles().contains(Role.PERFORMANCE_TEAM)
                    || (user.roles().contains(Role.DATA_OWNER)
                        && ownerUserId.isPresent()
                        && ownerUserId.get() == user.id()))
        .orElse(false);
  }

  /** Only the performance team approves or returns figures. */
  public boolean mayApprove(String username) {
    return hasRole(username, Role.PERFORMANCE_TEAM);
  }

  /** The performance team and the owner see figures that are not yet approved. */
  public boolean maySeeDrafts(String username, Optional<Long> ownerUserId) {
    return mayEnterFigures(username, ownerUserId);
  }

  public boolean hasRole(String username, Role role) {
    return accounts.byUsername(username).map(u -> u.roles().contains(role)).orElse(false);
  }

  /** The id of a signed-in person. */
  public Optional<Long> idOf(String username) {
    return accounts.byUsername(username).map(UserAccount::id);
  }
}
