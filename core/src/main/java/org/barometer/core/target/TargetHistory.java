package org.barometer.core.target;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.barometer.core.period.FinancialYear;

/**
 * Every version of an indicator's targets, none ever overwritten. A report for a past month uses
 * the version that was in force for that month.
 */
public record TargetHistory(List<TargetVersion> versions) {

  private static final Comparator<TargetVersion> ORDER =
      Comparator.comparing(TargetVersion::appliesFrom).thenComparing(TargetVersion::recordedAt);

  public TargetHistory {
    versions = versions.stream().sorted(ORDER).toList();
  }

  public static TargetHistory of(TargetVersion... versions) {
    return new TargetHistory(List.of(versions));
  }

  /** A history with one more version; the earlier ones are kept. */
  public TargetHistory with(TargetVersion version) {
    return new TargetHistory(
        java.util.stream.Stream.concat(versions.stream(), java.util.stream.Stream.of(version))
            .toList());
  }

  /**
   * The version in force for a month: of that month's financial year, the latest to apply from that
   * month or earlier (the later recorded when two apply from the same month, and the later added
   * when two were recorded in the same instant, as in one transaction).
   */
  public Optional<TargetVersion> inForceFor(YearMonth month) {
    FinancialYear year = FinancialYear.containing(month);
    return versions.stream()
        .filter(v -> v.year().equals(year) && !v.appliesFrom().isAfter(month))
        .reduce((earlier, later) -> ORDER.compare(earlier, later) > 0 ? earlier : later);
  }

  /**
   * The version that was in force for a month as it was known at an instant: versions recorded
   * later, such as a correction backdated to the start of the year, are left out. A report opened
   * as it stood at {@code asOf} uses this.
   */
  public Optional<TargetVersion> inForceFor(YearMonth month, Instant asOf) {
    return new TargetHistory(versions.stream().filter(v -> !v.recordedAt().isAfter(asOf)).toList())
        .inForceFor(month);
  }

  /** The versions for a year, oldest first. */
  public List<TargetVersion> forYear(FinancialYear year) {
    return versions.stream().filter(v -> v.year().equals(year)).toList();
  }
}
