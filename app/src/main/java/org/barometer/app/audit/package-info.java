/**
 * The audit trail: every change to a figure, target, definition, setting or role, with who made it,
 * when, the old and new values and why. Events are only ever added.
 */
package org.barometer.app.audit;
