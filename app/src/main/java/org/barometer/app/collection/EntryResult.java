package org.barometer.app.collection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.measurement.StoredFigure;

/**
 * What happened to an entered figure: stored, or refused with an error per field. When someone else
 * changed the figure first, {@code theirs} holds their version so the person can see it.
 *
 * @param stored whether it was stored
 * @param errors what is wrong, by field, in the order shown
 * @param theirs the figure as another person left it, after a conflict
 */
public record EntryResult(
    boolean stored, Map<String, String> errors, Optional<StoredFigure> theirs) {

  public EntryResult {
    errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  static EntryResult ok() {
    return new EntryResult(true, Map.of(), Optional.empty());
  }

  static EntryResult refused(Map<String, String> errors) {
    return new EntryResult(false, errors, Optional.empty());
  }

  static EntryResult conflict(StoredFigure theirs) {
    return new EntryResult(
        false,
        Map.of(
            "version",
            "Someone else changed this figure while you were editing it: their version is shown"
                + " below. Check it, then enter yours again if it is still right."),
        Optional.of(theirs));
  }
}
