package org.barometer.app.report;

import java.time.YearMonth;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.security.Access;
import org.barometer.app.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads a month's report before it is published: the people who work on it (administrators, the
 * performance team and data owners), and councillors only when the organisation grants them drafts
 * ({@link OrganisationSettings#councillorsSeeDrafts()}). The same rule guards the report's pages,
 * its files and the API.
 */
@Component
public class DraftReaders {

  private final Access access;
  private final OrganisationSettings settings;

  DraftReaders(Access access, OrganisationSettings settings) {
    this.access = access;
    this.settings = settings;
  }

  /** Whether the person may read drafts. */
  public boolean mayRead(String username) {
    return access.hasRole(username, Role.ADMINISTRATOR)
        || access.hasRole(username, Role.PERFORMANCE_TEAM)
        || access.hasRole(username, Role.DATA_OWNER)
        || (access.hasRole(username, Role.COUNCILLOR) && settings.councillorsSeeDrafts());
  }

  /**
   * Refuses a month's draft to someone who may not read it.
   *
   * @throws AccessDeniedException naming the month, when they may not
   */
  public void check(String username, YearMonth month) {
    if (!mayRead(username)) {
      throw new AccessDeniedException(
          "The "
              + ReportMonths.longLabel(month)
              + " report is not published yet: councillors read published editions only");
    }
  }
}
