package org.barometer.app.action;

import java.util.Objects;

/**
 * An action as stored.
 *
 * @param id its id
 * @param definition what it is
 * @param retired whether it has left the plan
 * @param version for optimistic locking: changed by every change to its owner or dates
 */
public record StoredAction(long id, ActionDefinition definition, boolean retired, int version) {

  public StoredAction {
    Objects.requireNonNull(definition, "definition");
  }

  public String code() {
    return definition.code();
  }
}
