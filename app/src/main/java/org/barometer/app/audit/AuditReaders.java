package org.barometer.app.audit;

/**
 * Who may read the audit trail. The security feature answers it; the audit trail cannot ask that
 * feature directly, as the security feature records its own changes here.
 */
public interface AuditReaders {

  /** Whether the signed-in person may read every event of the audit trail. */
  boolean mayRead(String username);
}
