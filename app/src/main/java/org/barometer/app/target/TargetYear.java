package org.barometer.app.target;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.barometer.core.indicator.Measure;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Period;
import org.barometer.core.target.TargetForPeriod;
import org.barometer.core.target.TargetHistory;
import org.barometer.core.target.TargetText;
import org.barometer.core.target.TargetVersion;

/**
 * An indicator's targets for one year: the target in force for each of its periods, and every
 * version recorded, newest first.
 *
 * @param year the financial year
 * @param periods each period of the year, with its target and the version it comes from
 * @param versions every version of the year's target, newest first
 */
public record TargetYear(FinancialYear year, List<PeriodTarget> periods, List<Shown> versions) {

  /**
   * The target for one period.
   *
   * @param period the period
   * @param target the target in force for it, as data
   * @param text the target in words
   * @param versionId the version it comes from, empty when none is in force
   */
  public record PeriodTarget(
      Period period, Optional<TargetForPeriod> target, String text, Optional<Long> versionId) {}

  /** A version with its target in words. */
  public record Shown(StoredTarget stored, String text) {
    private static final DateTimeFormatter WHEN =
        DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    public TargetVersion version() {
      return stored.version();
    }

    /** Its year as addresses write it. */
    public String yearPath() {
      return path(stored.version().year());
    }

    /** When it was recorded, UK time. */
    public String recordedAt() {
      return WHEN.format(stored.version().recordedAt().atZone(UK));
    }
  }

  /** The year's targets from every stored version of the indicator's targets. */
  public static TargetYear of(FinancialYear year, List<StoredTarget> all, Measure measure) {
    List<StoredTarget> ofYear = all.stream().filter(t -> t.version().year().equals(year)).toList();
    TargetHistory history = new TargetHistory(ofYear.stream().map(StoredTarget::version).toList());
    List<PeriodTarget> periods = new ArrayList<>();
    for (YearMonth month : year.months()) {
      Period period = measure.frequency().periodContaining(month);
      if (!period.lastMonth().equals(month)) {
        continue;
      }
      Optional<TargetVersion> inForce = history.inForceFor(month);
      Optional<TargetForPeriod> target =
          inForce.map(v -> TargetForPeriod.of(v.target(), measure, period));
      periods.add(
          new PeriodTarget(
              period,
              target,
              target.map(t -> TargetText.of(t, measure)).orElse("Not set"),
              inForce.flatMap(
                  v ->
                      ofYear.stream()
                          .filter(s -> s.version() == v)
                          .map(StoredTarget::id)
                          .findFirst())));
    }
    List<Shown> versions =
        ofYear.stream()
            .sorted(Comparator.comparingLong(StoredTarget::id).reversed())
            .map(t -> new Shown(t, TargetText.of(t.version().target(), measure)))
            .toList();
    return new TargetYear(year, periods, versions);
  }

  /** Every version of every year, oldest first, each with its target in words. */
  public static List<Shown> described(List<StoredTarget> all, Measure measure) {
    return all.stream()
        .map(t -> new Shown(t, TargetText.of(t.version().target(), measure)))
        .toList();
  }

  /** A year as addresses write it: {@code 2017-18}. */
  public static String path(FinancialYear year) {
    return year.label().replace('/', '-');
  }

  /** This year as addresses write it. */
  public String path() {
    return path(year);
  }

  /** The latest version recorded for the year. */
  public Optional<StoredTarget> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0).stored());
  }
}
