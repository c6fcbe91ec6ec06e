/**
 * Collecting the figures: an owner enters a figure (or its numerator and denominator) with a
 * commentary, the checks of domain.md section 12 run, the owner submits it, and the performance
 * team approves it or returns it with a reason. Every step is in the audit trail.
 */
package org.barometer.app.collection;
