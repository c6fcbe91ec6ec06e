package org.barometer.core.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action's owner reports for a month.
 *
 * @param month the month reported on
 * @param status the owner's status
 * @param percentComplete from 0 to 100, where a percentage means something
 * @param commentary the owner's commentary, empty if none
 * @param reason why it was cancelled or deferred (required then); empty if none
 * @param completedOn when it was completed: required when completed, absent otherwise
 */
public record Progress(
    YearMonth month,
    ProgressStatus status,
    Optional<Integer> percentComplete,
    String commentary,
    String reason,
    Optional<LocalDate> completedOn) {

  public Progress {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(percentComplete, "percentComplete");
    Objects.requireNonNull(commentary, "commentary");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(completedOn, "completedOn");
    if (percentComplete.filter(p -> p < 0 || p > 100).isPresent()) {
      throw new IllegalArgumentException(
          "percentComplete must be from 0 to 100, not " + percentComplete.get());
    }
    if (status.needsReason() && reason.isBlank()) {
      throw new IllegalArgumentException(
          "reason is required when an action is " + status.label().toLowerCase(Locale.UK));
    }
    if (status == ProgressStatus.COMPLETED && completedOn.isEmpty()) {
      throw new IllegalArgumentException("completedOn is required for a completed action");
    }
    if (status != ProgressStatus.COMPLETED && completedOn.isPresent()) {
      throw new IllegalArgumentException(
          "completedOn is only for a completed action, and this one is reported \""
              + status.label()
              + "\"");
    }
  }
}
