package org.barometer.app.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A cut of a month's report: the whole of it, one scrutiny committee's part, or one department's.
 *
 * @param kind which cut
 * @param unitId the committee's or department's id; 0 for the whole report
 * @param name what the pack is called ("People Scrutiny Committee pack")
 * @param key its key in addresses: {@code all}, {@code committee-people}, {@code department-place}
 */
public record Pack(Kind kind, long unitId, String name, String key) {

  private static final Pattern COMMITTEE_SUFFIX =
      Pattern.compile("-scrutiny-committee$|-committee$");

  /** The cuts. */
  public enum Kind {
    WHOLE,
    COMMITTEE,
    DEPARTMENT
  }

  public Pack {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }

  public static Pack all() {
    return new Pack(Kind.WHOLE, 0, "Whole report", "all");
  }

  static Pack committee(ReportUnit committee) {
    boolean named = committee.name().toLowerCase(java.util.Locale.ROOT).endsWith("committee");
    return new Pack(
        Kind.COMMITTEE,
        committee.id(),
        named ? committee.name() : committee.name() + " Scrutiny Committee",
        "committee-" + COMMITTEE_SUFFIX.matcher(committee.slug()).replaceFirst(""));
  }

  static Pack department(ReportUnit department) {
    return new Pack(
        Kind.DEPARTMENT,
        department.id(),
        department.name() + " department",
        "department-" + department.slug());
  }

  public boolean isWhole() {
    return kind == Kind.WHOLE;
  }

  boolean holds(ReportIndicator indicator) {
    switch (kind) {
      case COMMITTEE:
        return indicator.committeeId() != null && indicator.committeeId() == unitId;
      case DEPARTMENT:
        return indicator.departmentId() != null && indicator.departmentId() == unitId;
      default:
        return true;
    }
  }

  boolean holds(ReportAction action) {
    switch (kind) {
      case COMMITTEE:
        return action.committeeId() != null && action.committeeId() == unitId;
      case DEPARTMENT:
        return action.departmentIds().contains(unitId);
      default:
        return true;
    }
  }
}
