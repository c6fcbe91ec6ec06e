package org.barometer.app.action;

import java.util.Objects;
import java.util.Optional;
import org.barometer.core.action.ActionStatus;

/**
 * An action with its status on a day, judged from its latest approved progress.
 *
 * @param action the action
 * @param status its status with the reason
 * @param latestApproved the progress the status is judged on, if any is approved
 */
public record JudgedAction(
    StoredAction action, ActionStatus status, Optional<StoredProgress> latestApproved) {

  public JudgedAction {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latestApproved, "latestApproved");
  }

  public String code() {
    return action.code();
  }

  public ActionDefinition definition() {
    return action.definition();
  }

  /**
   * The status as the list's filter names it: {@code RED}, {@code AMBER}, {@code GREEN}, {@code
   * NOT_STARTED}, {@code COMPLETED}, {@code CANCELLED} or {@code DEFERRED}.
   */
  public String statusKey() {
    if (status instanceof ActionStatus.Rated rated) {
      return rated.colour().name();
    }
    if (status instanceof ActionStatus.Closed closed) {
      return closed.status().name();
    }
    return status instanceof ActionStatus.Completed ? "COMPLETED" : "NOT_STARTED";
  }

  /** The status's words, never colour alone. */
  public String statusLabel() {
    return status.label();
  }

  /** The GOV.UK tag's modifier for the status. */
  public String statusTag() {
    switch (statusKey()) {
      case "GREEN":
        return "govuk-tag--green";
      case "AMBER":
        return "govuk-tag--yellow";
      case "RED":
        return "govuk-tag--red";
      case "COMPLETED":
        return "govuk-tag--blue";
      default:
        return "govuk-tag--grey";
    }
  }

  /** Whether it is completed, cancelled or deferred: nothing more is reported or chased. */
  public boolean closed() {
    return status instanceof ActionStatus.Completed || status instanceof ActionStatus.Closed;
  }

  public String reason() {
    return status.reason();
  }
}
