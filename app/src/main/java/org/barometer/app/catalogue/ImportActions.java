package org.barometer.app.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.barometer.app.action.ActionDefinition;
import org.barometer.app.action.ActionPlanFormat;
import org.barometer.app.action.Actions;
import org.barometer.app.action.StoredAction;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team adds actions and their milestones from an action plan file: all of them, or
 * none with every error listed by row and column. Each action added is in the audit trail.
 */
@Service
public class ImportActions {

  private final Actions actions;
  private final OrganisationStructure organisation;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  ImportActions(
      Actions actions,
      OrganisationStructure organisation,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.actions = actions;
    this.organisation = organisation;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The largest action plan file read, on the page and the API: ample for a few thousand rows. */
  public static final int MOST_BYTES = 2 * 1024 * 1024;

  /** What the pages and the API say of a larger file. */
  public static final String TOO_LARGE =
      "The file is larger than 2 MB: an action plan file holds at most "
          + String.format("%,d", CsvFile.MOST_ROWS)
          + " rows; split it into smaller files";

  public boolean mayImport(String user) {
    return access.mayAssignOwners(user);
  }

  /**
   * Adds the file's actions.
   *
   * @return every error found; empty when the actions were added
   */
  @Transactional
  public List<ImportError> from(byte[] file, String by) {
    if (!mayImport(by)) {
      throw new AccessDeniedException(by + " may not import actions");
    }
    if (file.length > MOST_BYTES) {
      return List.of(new ImportError(ActionPlanFormat.FILE, 0, "", TOO_LARGE));
    }
    ImportErrors errors = new ImportErrors();
    Set<String> existing =
        actions.all().stream().map(StoredAction::code).collect(Collectors.toSet());
    List<ActionDefinition> read =
        ActionPlanFile.read(
            CatalogueFolder.sent(ActionPlanFormat.FILE, file),
            new PlanDirectory(organisation),
            existing,
            LocalDate.now(clock),
            errors);
    if (!errors.isEmpty()) {
      return errors.list();
    }
    Instant now = clock.instant();
    for (ActionDefinition action : read) {
      actions.add(action);
      audit.record(
          new AuditEvent(
              now,
              by,
              "action.imported",
              "action",
              action.code(),
              null,
              AuditJson.of(CatalogueActions.described(action)),
              "imported from " + ActionPlanFormat.FILE));
    }
    return List.of();
  }
}
