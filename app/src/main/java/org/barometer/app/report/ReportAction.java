package org.barometer.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A priority action as a month's report shows it, judged at the month's last day on its latest
 * approved progress up to that month.
 *
 * @param code its code in the plan
 * @param title its title
 * @param aim its corporate aim's name
 * @param committeeId its scrutiny committee's id, or null
 * @param committee its scrutiny committee's name
 * @param departmentIds its lead departments' ids
 * @param lead its lead officer, or empty
 * @param status {@code GREEN}, {@code AMBER}, {@code RED}, {@code NOT_STARTED}, {@code COMPLETED},
 *     {@code CANCELLED} or {@code DEFERRED}
 * @param statusLabel the status in words
 * @param statusReason why
 * @param due when it is due
 * @param percentComplete how far through it is, or null
 * @param commentary its owner's latest approved commentary, or empty
 * @param overdueMilestones its milestones overdue at the month's end
 * @param nextMilestone its next milestone not yet done, or empty
 */
public record ReportAction(
    String code,
    String title,
    String aim,
    Long committeeId,
    String committee,
    List<Long> departmentIds,
    String lead,
    String status,
    String statusLabel,
    String statusReason,
    LocalDate due,
    Integer percentComplete,
    String commentary,
    List<ReportMilestone> overdueMilestones,
    String nextMilestone) {

  public ReportAction {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    departmentIds = List.copyOf(departmentIds);
    overdueMilestones = List.copyOf(overdueMilestones);
  }

  /** A milestone: its title and the date it is due. */
  public record ReportMilestone(String title, LocalDate due) {}

  public boolean overdue() {
    return !overdueMilestones.isEmpty();
  }

  /** The GOV.UK tag class for the status. */
  public String statusTag() {
    return "COMPLETED".equals(status) ? "govuk-tag--blue" : StatusTags.of(status);
  }
}
