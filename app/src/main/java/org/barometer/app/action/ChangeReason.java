package org.barometer.app.action;

import java.util.Map;

/** The reason every change to an action's owner or dates needs, and the answer to a stale form. */
final class ChangeReason {

  static final String STALE =
      "Someone else changed this action while you were working on it: what is shown now is"
          + " theirs. Check it and make your change again";

  private ChangeReason() {}

  /** Puts an error on {@code reason} when it is empty or too long. */
  static void check(String reason, String whenEmpty, Map<String, String> errors) {
    if (reason.isEmpty()) {
      errors.put("reason", whenEmpty);
    } else if (reason.length() > 1000) {
      errors.put("reason", "The reason must be 1000 characters or fewer");
    }
  }

  /** The errors of a change made from a version that is no longer the action's. */
  static Map<String, String> stale() {
    return Map.of("version", STALE);
  }
}
