package org.barometer.app.catalogue;

import java.util.Objects;

/**
 * A dated milestone of a corporate priority action.
 *
 * @param order its place in the action, from 1, as printed
 * @param title what is to be done, as printed
 * @param due when
 * @param note anything noticed about it
 */
public record Milestone(int order, String title, DueDate due, String note) {

  public Milestone {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(due, "due");
    note = note == null ? "" : note;
  }
}
