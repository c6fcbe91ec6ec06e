package org.barometer.app.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A red figure's exception for a month's report, as written.
 *
 * @param indicatorId the indicator
 * @param month the report's month
 * @param explanation what happened
 * @param recoveryAction what is being done to recover
 * @param writtenBy who wrote it
 * @param writtenAt when
 */
public record ExceptionNote(
    long indicatorId,
    YearMonth month,
    String explanation,
    String recoveryAction,
    String writtenBy,
    Instant writtenAt) {

  public String writtenLabel() {
    return Edition.at(writtenAt);
  }

  public ExceptionNote {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(recoveryAction, "recoveryAction");
  }
}
