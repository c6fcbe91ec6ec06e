/**
 * The audit trail: every change to a figure, target, definition, setting or role, with who made it,
 * when, the old and new values and why. Events are only ever added. Administrators and the
 * performance team read it on the audit page, filtered by person, indicator and dates; who may is
 * answered by {@code AuditReaders}, as the security feature itself writes to the trail.
 */
package org.barometer.app.audit;
