package org.barometer.app.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of the audit trail, or what is wrong with the filters.
 *
 * @param errors what is wrong, by field; empty when the page was read
 * @param rows the events on the page, newest first
 * @param total how many events match the filters
 * @param page this page, from 1
 * @param pages how many pages there are, at least 1
 */
public record AuditResult(
    Map<String, String> errors, List<AuditRow> rows, long total, int page, int pages) {

  public AuditResult {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    rows = List.copyOf(rows);
  }

  static AuditResult refused(Map<String, String> errors) {
    return new AuditResult(errors, List.of(), 0, 1, 1);
  }

  /** The number of the first event on the page, from 1. */
  public long first() {
    return rows.isEmpty() ? 0 : (long) (page - 1) * ReadAuditTrail.PAGE_SIZE + 1;
  }

  /** The number of the last event on the page. */
  public long last() {
    return first() + rows.size() - 1;
  }
}
