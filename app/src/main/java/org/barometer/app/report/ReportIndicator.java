package org.barometer.app.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One indicator as a month's report shows it. Shown values ({@code figure}, {@code target}, {@code
 * forecast}) are in the indicator's unit ("87.34%", "5,719"); the matching {@code *Value} numbers
 * are the same values as plain numbers in that unit (87.34 for 87.34%), or null, for spreadsheets
 * and open data.
 *
 * @param code its code in the register
 * @param name its name
 * @param definition what it measures
 * @param contextual whether it is in the contextual basket (trend only, no status)
 * @param departmentId its department's id, or null
 * @param department its department's name, or "Not assigned"
 * @param aimId its corporate aim's id, or null
 * @param aim its corporate aim's name, or "Not assigned"
 * @param committeeId its scrutiny committee's id, or null
 * @param committee its scrutiny committee's name, or "Not assigned"
 * @param owner the name of the person who owns it, or "Not assigned"
 * @param unit its unit's name ({@code PERCENTAGE}, {@code COUNT}...)
 * @param decimals the decimals it is shown with
 * @param polarity which way is better, in words
 * @param aggregation how its figures add up over a year, in words
 * @param figure the reported figure as shown, or "–"
 * @param figureValue the reported figure, or null
 * @param period the figure's own period, saying when it lags the month ("Oct 2016 (latest)")
 * @param target the target for the figure's period as shown ("80.00%", "TBC", "Not set")
 * @param targetValue the target as a number when it is one value, or null
 * @param status {@code GREEN}, {@code AMBER}, {@code RED} or {@code NONE}
 * @param statusLabel the status in words ("Red", "No status", "Green (overridden)")
 * @param statusReason why: "Red: 5,719 is 641 (12.6%) above the November target of 5,078 ...", or
 *     for an overridden status the performance team's reason
 * @param computedStatus when the status was overridden, the status computed from the figure and its
 *     target, as {@code status}; null when it was not (and in editions published before the
 *     computed status was kept with an override)
 * @param computedStatusReason when the status was overridden, why the computed status is what it is
 *     ("Red: 69.90% is ..."); null otherwise
 * @param lastMonthStatus the status the month before, judged the same way, as {@code status}
 * @param againstPrevious the direction of travel against the previous period, in words
 * @param againstPreviousReason why
 * @param againstLastYear the direction against the same period last year, in words
 * @param againstLastYearReason why
 * @param headline which of the two the indicator leads with, in words
 * @param forecast the computed year-end forecast as shown, or "–"
 * @param forecastValue the forecast, or null
 * @param forecastReason how it was made, or why there is none
 * @param variation the SPC variation icon's key ({@code special_cause_concern_high}...), or empty
 * @param variationLabel the icon in words, or empty
 * @param assurance the SPC assurance icon's key, or empty
 * @param assuranceLabel the icon in words, or empty
 * @param spcReading what the XmR chart says, in a sentence, or empty
 * @param history every approved figure up to the month, oldest first
 * @param commentary the owner's commentary on the reported figure, or empty
 * @param explanation for a red figure: what happened, or empty
 * @param recoveryAction for a red figure: what is being done to recover, or empty
 * @param chart how its XmR chart is drawn from {@code history}; null in editions published before
 *     charts were kept with them
 */
public record ReportIndicator(
    String code,
    String name,
    String definition,
    boolean contextual,
    Long departmentId,
    String department,
    Long aimId,
    String aim,
    Long committeeId,
    String committee,
    String owner,
    String unit,
    int decimals,
    String polarity,
    String aggregation,
    String figure,
    BigDecimal figureValue,
    String period,
    String target,
    BigDecimal targetValue,
    String status,
    String statusLabel,
    String statusReason,
    String computedStatus,
    String computedStatusReason,
    String lastMonthStatus,
    String againstPrevious,
    String againstPreviousReason,
    String againstLastYear,
    String againstLastYearReason,
    String headline,
    String forecast,
    BigDecimal forecastValue,
    String forecastReason,
    String variation,
    String variationLabel,
    String assurance,
    String assuranceLabel,
    String spcReading,
    List<HistoryPoint> history,
    String commentary,
    String explanation,
    String recoveryAction,
    ReportChart chart) {

  public ReportIndicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    history = List.copyOf(history);
  }

  /** One approved figure of the indicator's history. */
  public record HistoryPoint(
      String period, java.time.YearMonth lastMonth, BigDecimal value, String shown) {}

  public boolean red() {
    return "RED".equals(status);
  }

  /** Whether a red figure still lacks its explanation or its recovery action. */
  public boolean exceptionIncomplete() {
    return red() && (explanation.isBlank() || recoveryAction.isBlank());
  }

  /** The GOV.UK tag class for the status. */
  public String statusTag() {
    return StatusTags.of(status);
  }

  /** Whether the performance team set the status by hand, the computed one kept beside it. */
  public boolean overridden() {
    return computedStatus != null;
  }

  /** The computed status of an overridden one in words ("Red"), or empty when not overridden. */
  public String computedStatusLabel() {
    return overridden() ? StatusTags.label(computedStatus) : "";
  }

  /** The GOV.UK tag class of the computed status. */
  public String computedStatusTag() {
    return StatusTags.of(overridden() ? computedStatus : "NONE");
  }

  /**
   * The computed status beside an overridden one, in a sentence ("Computed status: Red: 69.90% is
   * ..."), or empty when the status was not overridden.
   */
  public String computedStatusLine() {
    return overridden() ? StatusTags.computedLine(computedStatusReason) : "";
  }

  /** The status the month before in words. */
  public String lastMonthStatusLabel() {
    return StatusTags.label(lastMonthStatus);
  }

  /**
   * The latest thirteen months of history, for a sparkline: this month and the same month last
   * year.
   */
  public List<HistoryPoint> recent() {
    return history.subList(Math.max(0, history.size() - 13), history.size());
  }
}
