package org.barometer.app.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One event as the audit page shows it.
 *
 * @param when the day and time in the UK, like {@code 28 Nov 2026 14:05:09}
 * @param event the event
 * @param before its old value, a line per field
 * @param after its new value, a line per field
 */
public record AuditRow(String when, AuditEvent event, List<String> before, List<String> after) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

  public AuditRow {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  static AuditRow of(AuditEvent event) {
    return new AuditRow(
        WHEN.format(event.at().atZone(AuditFilterFields.UK)),
        event,
        AuditValues.lines(event.oldValue()),
        AuditValues.lines(event.newValue()));
  }

  /** Whether the event is about an indicator, so the page links to it. */
  public boolean aboutIndicator() {
    return "indicator".equals(event.subjectType());
  }
}
