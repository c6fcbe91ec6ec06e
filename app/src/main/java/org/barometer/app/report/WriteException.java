package org.barometer.app.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of a red indicator, or the performance team, writes its exception for a month's report:
 * what happened and what is being done. Both are required; an edition already published is not
 * changed. Each version is kept and audited.
 */
@Service
public class WriteException {

  static final int LONGEST = 4000;

  private final ReportExceptions exceptions;
  private final Editions editions;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  WriteException(
      ReportExceptions exceptions,
      Editions editions,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.exceptions = exceptions;
    this.editions = editions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether the user may write the indicator's exceptions. */
  public boolean mayWrite(String user, IndicatorVersion indicator) {
    return access.mayEnterFigures(user, indicator.definition().ownerUserId());
  }

  /**
   * Writes the exception; the answer is the errors by field, empty when it was stored.
   *
   * @throws AccessDeniedException when the user neither owns the indicator nor is in the
   *     performance team
   */
  @Transactional
  public Map<String, String> write(
      IndicatorVersion indicator,
      YearMonth month,
      String explanation,
      String recoveryAction,
      String user) {
    if (!mayWrite(user, indicator)) {
      throw new AccessDeniedException(user + " may not write this indicator's exceptions");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String what = clean(explanation);
    String recovery = clean(recoveryAction);
    check("explanation", what, "Say what happened to make the figure red", errors);
    check("recoveryAction", recovery, "Say what is being done to bring it back on track", errors);
    if (editions.of(month).isPresent()) {
      errors.put(
          "month",
          "The "
              + ReportMonths.longLabel(month)
              + " edition is published and never changes: write in the next month's report");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    Instant now = clock.instant();
    ExceptionNote before =
        exceptions.history(indicator.indicatorId(), month).stream().findFirst().orElse(null);
    exceptions.add(new ExceptionNote(indicator.indicatorId(), month, what, recovery, user, now));
    audit.record(
        new AuditEvent(
            now,
            user,
            "exception.written",
            "indicator",
            indicator.definition().code(),
            before == null ? null : json(month, before.explanation(), before.recoveryAction()),
            json(month, what, recovery),
            null));
    return Map.of();
  }

  private static String json(YearMonth month, String explanation, String recovery) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("month", month.toString());
    fields.put("explanation", explanation);
    fields.put("recoveryAction", recovery);
    return AuditJson.of(fields);
  }

  private static void check(String field, String text, String missing, Map<String, String> errors) {
    if (text.isEmpty()) {
      errors.put(field, missing);
    } else if (text.length() > LONGEST) {
      errors.put(field, "Keep it to " + LONGEST + " characters; it has " + text.length());
    }
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
