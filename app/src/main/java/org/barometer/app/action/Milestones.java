package org.barometer.app.action;

/** Finds an action's milestone by its position. */
final class Milestones {

  private Milestones() {}

  /**
   * The milestone at {@code position}.
   *
   * @throws IllegalArgumentException when the action has none there
   */
  static ActionMilestone at(ActionDefinition action, int position) {
    return action.milestones().stream()
        .filter(m -> m.position() == position)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Action " + action.code() + " has no milestone " + position));
  }
}
