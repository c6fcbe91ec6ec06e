package org.barometer.app.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators and the performance team read the audit trail, newest first, 50 events a page,
 * filtered by who made the change, the indicator changed and the days it happened.
 */
@Service
public class ReadAuditTrail {

  static final int PAGE_SIZE = 50;

  private final AuditTrail trail;
  private final AuditReaders readers;

  ReadAuditTrail(AuditTrail trail, AuditReaders readers) {
    this.trail = trail;
    this.readers = readers;
  }

  @Transactional(readOnly = true)
  public AuditResult read(AuditFilter filter, String username) {
    if (!readers.mayRead(username)) {
      throw new AccessDeniedException(username + " may not read the audit trail");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<AuditQuery> query = AuditFilterFields.read(filter, errors);
    if (query.isEmpty()) {
      return AuditResult.refused(errors);
    }
    long total = trail.count(query.get());
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(AuditFilterFields.page(filter), pages);
    List<AuditRow> rows =
        trail.search(query.get(), (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
            .map(AuditRow::of)
            .toList();
    return new AuditResult(Map.of(), rows, total, page, pages);
  }

  /** Everyone who has made a change, to filter by. */
  public List<String> people(String username) {
    if (!readers.mayRead(username)) {
      throw new AccessDeniedException(username + " may not read the audit trail");
    }
    return trail.actors();
  }
}
