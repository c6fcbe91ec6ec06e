package org.barometer.app.action;

import java.util.List;
import java.util.Objects;

/**
 * Where an action sits, as chosen on the form or sent to the API: the corporate priorities of its
 * aim it serves, its scrutiny committee and its related indicators.
 *
 * @param priorities the ids of the priorities, as text
 * @param committee the committee's id, or empty for none
 * @param indicators the codes of the related indicators
 * @param reason why they change
 * @param version the version of the action the form was opened on
 */
public record PlacementForm(
    List<String> priorities,
    String committee,
    List<String> indicators,
    String reason,
    Integer version) {

  public PlacementForm {
    priorities = clean(priorities);
    committee = committee == null ? "" : committee.strip();
    indicators = clean(indicators);
    reason = reason == null ? "" : reason.strip();
  }

  /** The form filled from the action as stored, with the codes of its indicators. */
  public static PlacementForm of(StoredAction action, List<String> indicatorCodes) {
    ActionDefinition d = action.definition();
    return new PlacementForm(
        d.priorityIds().stream().map(String::valueOf).toList(),
        d.committeeId().map(String::valueOf).orElse(""),
        indicatorCodes,
        "",
        action.version());
  }

  /** The same choice, now based on another version. */
  public PlacementForm basedOn(int newVersion) {
    return new PlacementForm(priorities, committee, indicators, reason, newVersion);
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .distinct()
            .toList();
  }
}
