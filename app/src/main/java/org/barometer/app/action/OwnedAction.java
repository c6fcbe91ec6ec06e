package org.barometer.app.action;

import java.util.Objects;
import java.util.Optional;

/**
 * An action as its owner sees it on "My actions".
 *
 * @param judged the action with its status
 * @param next what they report next; empty when the action is completed, cancelled or deferred
 */
public record OwnedAction(JudgedAction judged, Optional<NextReport> next) {

  public OwnedAction {
    Objects.requireNonNull(judged, "judged");
    Objects.requireNonNull(next, "next");
  }
}
