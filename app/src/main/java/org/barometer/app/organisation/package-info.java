/**
 * The organisation's structure: departments and their services, scrutiny committees, corporate aims
 * and their priorities; and its settings (the default tolerance, the day figures are due).
 * Administrators change both on their pages, and each change is in the audit trail.
 */
package org.barometer.app.organisation;
