/**
 * Reminders and chases (domain.md section 12): a figure's owner is reminded by mail a few working
 * days before the figure is due and chased once it is overdue, each notice sent at most once across
 * every node (a PostgreSQL advisory lock around each run, and a unique key on the notices sent).
 * Also the performance team's view of timeliness and completeness by department.
 */
package org.barometer.app.reminder;
