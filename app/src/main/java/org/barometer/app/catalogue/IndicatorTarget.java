package org.barometer.app.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetVersion;

/**
 * An indicator's target for one financial year, as printed and as read, with its decision trail.
 *
 * @param indicator the indicator's number
 * @param year the financial year
 * @param asPrinted the target as printed: {@code 35,000 (1,250 per month)}, {@code ТВС}
 * @param target the target; empty when the source says there was none that year ({@code N/A})
 * @param trail the decision behind it, as far as the source tells
 * @param notes what was noticed in reading the printed text (Cyrillic letters, an en dash)
 */
public record IndicatorTarget(
    int indicator,
    FinancialYear year,
    String asPrinted,
    Optional<Target> target,
    DecisionTrail trail,
    List<String> notes) {

  public IndicatorTarget {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(asPrinted, "asPrinted");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(trail, "trail");
    notes = List.copyOf(notes);
  }

  /**
   * The first version of this target, applying from April, when there is a target and its trail
   * holds a whole decision; empty otherwise (the seed's 2016/17 targets have no decision date).
   */
  public Optional<TargetVersion> version(Instant recordedAt, String recordedBy) {
    if (target.isEmpty()) {
      return Optional.empty();
    }
    return trail
        .decision()
        .map(
            decision ->
                new TargetVersion(
                    year,
                    target.get(),
                    year.firstMonth(),
                    decision,
                    trail.note(),
                    recordedBy,
                    recordedAt));
  }
}
