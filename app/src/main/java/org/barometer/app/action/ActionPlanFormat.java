package org.barometer.app.action;

import java.util.List;

/**
 * The columns of the action plan file, written by the export and read by the import (see
 * docs/import-formats.md): one row per action, then one per milestone, each milestone row giving
 * its action's number and its own position.
 */
public final class ActionPlanFormat {

  /** The name errors are placed in. */
  public static final String FILE = "action-plan.csv";

  /** The columns every file names in its header. */
  public static final List<String> REQUIRED =
      List.of("number", "milestone", "aim", "title", "lead_directorates", "due_date");

  /** The columns a file may name; the last three are written by the export, not read back. */
  public static final List<String> OPTIONAL =
      List.of(
          "text",
          "lead_officer",
          "revised_due_date",
          "revised_reason",
          "completed_on",
          "note",
          "owner",
          "status",
          "status_reason");

  /** Between a department's name and its service's in a lead: {@code Place / Regeneration}. */
  public static final String SERVICE_SEPARATOR = " / ";

  /** Between the leads of a joint action. */
  public static final String LEAD_SEPARATOR = ";";

  private ActionPlanFormat() {}

  /** Every column, in the order the export writes them. */
  public static List<String> columns() {
    return List.of(
        "number",
        "milestone",
        "aim",
        "title",
        "text",
        "lead_directorates",
        "lead_officer",
        "owner",
        "due_date",
        "revised_due_date",
        "revised_reason",
        "completed_on",
        "status",
        "status_reason",
        "note");
  }
}
