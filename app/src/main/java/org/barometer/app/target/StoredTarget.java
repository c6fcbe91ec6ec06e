package org.barometer.app.target;

import java.util.Objects;
import org.barometer.core.target.TargetVersion;

/**
 * A target version as stored, with what was printed in its source.
 *
 * @param id its id
 * @param indicatorId the indicator it belongs to
 * @param version the target version
 * @param asPrinted the target as printed in its source, if it came from one
 * @param note anything noticed in reading it
 */
public record StoredTarget(
    long id, long indicatorId, TargetVersion version, String asPrinted, String note) {

  public StoredTarget {
    Objects.requireNonNull(version, "version");
    asPrinted = Objects.requireNonNullElse(asPrinted, "");
    note = Objects.requireNonNullElse(note, "");
  }
}
