package org.barometer.app.reminder;

import java.util.Locale;

/** The two notices an owner may be sent about one figure. */
public enum NoticeKind {
  /** Before the due date, while the figure is not yet submitted. */
  REMINDER,
  /** After the due date, while the figure is still not submitted. */
  CHASE;

  /** How the audit trail names the sending: {@code reminder.sent}, {@code chase.sent}. */
  String auditAction() {
    return name().toLowerCase(Locale.ROOT) + ".sent";
  }
}
