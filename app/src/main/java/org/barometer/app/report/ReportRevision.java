package org.barometer.app.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A figure published in an earlier edition and corrected since.
 *
 * @param indicatorCode the indicator's code
 * @param indicatorName its name
 * @param period the figure's period ("Oct 2016")
 * @param publishedIn the month of the edition that last published the old value
 * @param was the value as published then
 * @param now the value now approved
 * @param reason why it was corrected
 * @param by who corrected it
 * @param at when the correction was approved
 */
public record ReportRevision(
    String indicatorCode,
    String indicatorName,
    String period,
    YearMonth publishedIn,
    String was,
    String now,
    String reason,
    String by,
    Instant at) {

  public ReportRevision {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(publishedIn, "publishedIn");
  }

  /** The month of the edition that published the old value, in words. */
  public String publishedInLabel() {
    return ReportMonths.longLabel(publishedIn);
  }
}
