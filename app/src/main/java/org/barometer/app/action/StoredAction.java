package org.barometer.app.action;

import java.util.Objects;

/**
 * An action as stored.
 *
 * @param id its id
 * @param definition what it is
 * @param retired whether it has left the plan
 */
public record StoredAction(long id, ActionDefinition definition, boolean retired) {

  public StoredAction {
    Objects.requireNonNull(definition, "definition");
  }

  public String code() {
    return definition.code();
  }
}
