package org.barometer.app.reminder;

/**
 * What one run of the reminders did.
 *
 * @param outcome whether it sent, or why it did not
 * @param sent how many mails it sent
 */
public record NoticeRun(Outcome outcome, int sent) {

  /** Whether a run sent its notices, or why not. */
  public enum Outcome {
    /** This node ran and sent what was due (perhaps nothing). */
    RAN,
    /** No mail server is configured. */
    MAIL_OFF,
    /** Mail is held ({@code barometer.reminders.hold}), as on a restored copy. */
    MAIL_HELD,
    /** Another node was running the reminders at the same moment. */
    ANOTHER_NODE_RUNNING
  }

  static NoticeRun ran(int sent) {
    return new NoticeRun(Outcome.RAN, sent);
  }

  static NoticeRun skipped(Outcome why) {
    return new NoticeRun(why, 0);
  }
}
