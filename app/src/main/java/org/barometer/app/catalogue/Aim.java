package org.barometer.app.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A corporate aim (Safe, Clean, Healthy, Prosperous, Excellent) and its priorities.
 *
 * @param name {@code Safe}
 * @param order its place among the aims, from 1
 * @param printedAs its heading as printed: {@code Safe Corporate Priorities:}
 * @param priorities its priorities in order
 */
public record Aim(String name, int order, String printedAs, List<Priority> priorities) {

  public Aim {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(printedAs, "printedAs");
    priorities = List.copyOf(priorities);
  }

  /**
   * One priority under an aim.
   *
   * @param order its place under the aim, from 1
   * @param printedAs its text as printed
   * @param note what was done to read it (rows joined, text truncated in the source)
   */
  public record Priority(int order, String printedAs, String note) {
    public Priority {
      Objects.requireNonNull(printedAs, "printedAs");
      note = note == null ? "" : note;
    }
  }
}
