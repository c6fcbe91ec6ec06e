package org.barometer.app.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to a month's progress: stored, or refused with an error per field. When someone
 * else changed it first, {@code theirs} holds their version.
 */
public record ProgressResult(
    boolean stored, Map<String, String> errors, Optional<StoredProgress> theirs) {

  public ProgressResult {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  static ProgressResult ok() {
    return new ProgressResult(true, Map.of(), Optional.empty());
  }

  static ProgressResult refused(Map<String, String> errors) {
    return new ProgressResult(false, errors, Optional.empty());
  }

  static ProgressResult conflict(StoredProgress theirs) {
    return new ProgressResult(
        false,
        Map.of(
            "version",
            "Someone else changed this month's progress while you were editing it: check theirs,"
                + " then enter yours again if it is still right."),
        Optional.of(theirs));
  }
}
