package org.barometer.core.target;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.barometer.core.period.FinancialYear;

/**
 * One version of an indicator's target for a year.
 *
 * @param year the financial year it is for
 * @param target the target
 * @param appliesFrom the first month it applies to; earlier months keep the version before it
 * @param decision the decision behind it
 * @param changeReason why it was set or changed
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 */
public record TargetVersion(
    FinancialYear year,
    Target target,
    YearMonth appliesFrom,
    TargetDecision decision,
    String changeReason,
    String recordedBy,
    Instant recordedAt) {

  public TargetVersion {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(appliesFrom, "appliesFrom");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (!year.contains(appliesFrom)) {
      throw new IllegalArgumentException(
          "A " + year + " target cannot apply from " + appliesFrom + ", outside the year");
    }
    changeReason = changeReason == null ? "" : changeReason.strip();
    recordedBy = recordedBy == null ? "" : recordedBy.strip();
  }
}
