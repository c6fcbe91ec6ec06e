package org.barometer.app.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.barometer.app.action.ActionDefinition;
import org.barometer.app.action.ActionMilestone;
import org.barometer.app.action.DueMilestone;
import org.barometer.app.action.JudgedAction;
import org.barometer.app.action.Lead;
import org.barometer.app.action.NextReport;
import org.barometer.app.action.OwnedAction;
import org.barometer.app.action.StoredProgress;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.core.action.Revision;

/** The shapes of the API's answers about corporate priority actions. */
final class ActionViews {

  private ActionViews() {}

  /**
   * An action and its status today. {@code status} is RED, AMBER, GREEN, NOT_STARTED, COMPLETED,
   * CANCELLED or DEFERRED; {@code due} is the date that counts for lateness; {@code owner} is the
   * user id of the data owner who reports its progress; {@code priorities} are the corporate
   * priorities it serves, {@code committee} its scrutiny committee and {@code indicators} the codes
   * of its related indicators; {@code version} is what a change sends back.
   */
  record ActionView(
      String code,
      String title,
      String text,
      String aim,
      List<LeadView> leads,
      String leadOfficer,
      Long owner,
      LocalDate due,
      DueView ownDue,
      String status,
      String statusLabel,
      String reason,
      String note,
      List<String> priorities,
      String committee,
      List<String> indicators,
      int version) {

    static ActionView of(
        JudgedAction judged, OrganisationNames names, Map<Long, String> indicatorCodes) {
      ActionDefinition d = judged.definition();
      return new ActionView(
          d.code(),
          d.title(),
          d.text(),
          names.of("aim", d.aimId()),
          d.leads().stream().map(l -> LeadView.of(l, names)).toList(),
          d.leadOfficer(),
          d.ownerUserId().orElse(null),
          d.due(),
          d.ownDue()
              .map(date -> new DueView(date, d.ownDueAsPrinted(), "", d.revisedDue().orElse(null)))
              .orElse(null),
          judged.statusKey(),
          judged.statusLabel(),
          judged.reason(),
          d.note(),
          d.priorityIds().stream().map(p -> names.of("priority", Optional.of(p))).toList(),
          d.committeeId().map(c -> names.of("committee", Optional.of(c))).orElse(null),
          d.indicatorIds().stream()
              .map(indicatorCodes::get)
              .filter(c -> c != null)
              .sorted()
              .toList(),
          judged.action().version());
    }
  }

  /** The codes of the register's indicators by id, read once for an answer. */
  static Map<Long, String> indicatorCodes(Indicators indicators) {
    return indicators.allCurrent().stream()
        .collect(Collectors.toMap(IndicatorVersion::indicatorId, i -> i.definition().code()));
  }

  /**
   * Where an action sits: {@code priorities} are ids of priorities of its aim, {@code committee} a
   * committee's id or null for none, {@code indicators} indicator codes; with a reason and the
   * action's {@code version} as read.
   */
  record PlacementRequest(
      List<Long> priorities,
      Long committee,
      List<String> indicators,
      String reason,
      Integer version) {}

  /** An action with its milestones and the progress the caller may see, oldest first. */
  record ActionDetailView(
      ActionView action, List<MilestoneView> milestones, List<ProgressView> progress) {}

  record LeadView(String department, String service, String printedLabel) {
    static LeadView of(Lead lead, OrganisationNames names) {
      return new LeadView(
          names.of("department", Optional.of(lead.departmentId())),
          lead.serviceId().map(s -> names.of("service", Optional.of(s))).orElse(null),
          lead.printedLabel());
    }
  }

  /**
   * A date as read with the text it was printed as, why it was corrected, and its revision if any.
   */
  record DueView(LocalDate date, String asPrinted, String correction, Revision revised) {}

  record MilestoneView(
      int position, String title, DueView due, LocalDate completedOn, boolean overdue) {
    static MilestoneView of(ActionMilestone m, LocalDate today) {
      return new MilestoneView(
          m.position(),
          m.title(),
          new DueView(m.originalDue(), m.asPrinted(), m.correction(), m.revised().orElse(null)),
          m.completedOn().orElse(null),
          m.overdueOn(today));
    }
  }

  /** A month's progress; {@code state} is DRAFT, SUBMITTED, RETURNED or APPROVED. */
  record ProgressView(
      String month,
      String status,
      Integer percentComplete,
      String commentary,
      String reason,
      LocalDate completedOn,
      String state,
      String returnedReason,
      int version) {
    static ProgressView of(StoredProgress stored) {
      var p = stored.progress();
      return new ProgressView(
          p.month().toString(),
          p.status().name(),
          p.percentComplete().orElse(null),
          p.commentary(),
          p.reason(),
          p.completedOn().orElse(null),
          stored.state().name(),
          stored.returnedReason(),
          stored.version());
    }
  }

  /**
   * A month's progress as sent: {@code completedOn} as {@code 2018-03-27}; {@code submit: true}
   * sends it for approval, else it is a draft; {@code version} is the one read, absent for a month
   * without progress.
   */
  record ProgressRequest(
      String status,
      Integer percentComplete,
      String commentary,
      String reason,
      String completedOn,
      Integer version,
      Boolean submit) {}

  /**
   * The owner and lead officer chosen: {@code owner} is a data owner's user id, or null for nobody;
   * {@code version} is the action's, as read.
   */
  record OwnerRequest(Long owner, String leadOfficer, String reason, Integer version) {}

  /**
   * A revised due date: {@code due} as {@code 2018-03-31}, with the reason and the action's {@code
   * version} as read.
   */
  record DueRequest(String due, String reason, Integer version) {}

  /** The day a milestone was completed, as {@code 2018-03-27}, with the action's version. */
  record CompletionRequest(String completedOn, Integer version) {}

  /**
   * An action its owner reports on: {@code nextMonth} to report (absent once the action is
   * completed, cancelled or deferred), and {@code progress}: AWAITED, DRAFT, SUBMITTED, RETURNED or
   * APPROVED, with the reason it was returned.
   */
  record MyActionView(ActionView action, String nextMonth, String progress, String returnedReason) {
    static MyActionView of(
        OwnedAction owned, OrganisationNames names, Map<Long, String> indicatorCodes) {
      return new MyActionView(
          ActionView.of(owned.judged(), names, indicatorCodes),
          owned.next().map(n -> n.month().toString()).orElse(null),
          owned.next().map(NextReport::stateKey).orElse(null),
          owned
              .next()
              .flatMap(NextReport::progress)
              .map(StoredProgress::returnedReason)
              .filter(r -> !r.isEmpty())
              .orElse(null));
    }
  }

  /** A milestone overdue or due soon, with its action's number, title and lead directorates. */
  record DueMilestoneView(
      String action,
      String actionTitle,
      List<String> leads,
      MilestoneView milestone,
      LocalDate due,
      boolean overdue) {
    static DueMilestoneView of(DueMilestone m, LocalDate today, OrganisationNames names) {
      ActionDefinition d = m.action().definition();
      return new DueMilestoneView(
          d.code(),
          d.title(),
          d.leads().stream()
              .map(l -> names.of("department", Optional.of(l.departmentId())))
              .distinct()
              .toList(),
          MilestoneView.of(m.milestone(), today),
          m.due(),
          m.overdue());
    }
  }
}
