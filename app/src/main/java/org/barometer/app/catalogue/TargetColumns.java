package org.barometer.app.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;

/** Builds a target from the columns of a targets.csv row, by its kind. */
final class TargetColumns {

  /** The kinds a targets.csv row may state. */
  enum Kind {
    SINGLE_VALUE,
    RANGE,
    MONTHLY_INCREMENT,
    MONTHLY_PROFILE,
    TO_BE_CONFIRMED,
    NO_TARGET,
    /** No target that year: the source prints N/A. */
    NOT_SET
  }

  private static final List<String> VALUE_COLUMNS =
      List.of("value", "low", "high", "start", "per_month", "profile_points");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private TargetColumns() {}

  /**
   * The target the columns state: empty inside for {@link Kind#NOT_SET}; empty outside when the row
   * is in error (the errors are recorded at the row).
   */
  static Optional<Optional<Target>> read(CsvRow row, Kind kind, FinancialYear year) {
    Optional<Target> target =
        switch (kind) {
          case SINGLE_VALUE -> single(row);
          case RANGE -> range(row);
          case MONTHLY_INCREMENT -> increment(row);
          case MONTHLY_PROFILE -> profile(row, year);
          case TO_BE_CONFIRMED -> none(row, new Target.ToBeConfirmed(row.text("note")));
          case NO_TARGET -> none(row, new Target.NoTarget());
          case NOT_SET -> none(row, null);
        };
    return row.clean() ? Optional.of(target) : Optional.empty();
  }

  /** Checks that the needed columns are filled and that no other value column is. */
  private static void columns(CsvRow row, List<String> needed, List<String> allowed) {
    for (String column : VALUE_COLUMNS) {
      if (needed.contains(column) && row.blank(column)) {
        row.error(column, "is empty; this kind of target needs it");
      } else if (!needed.contains(column) && !allowed.contains(column) && !row.blank(column)) {
        row.error(column, "must be empty for this kind of target");
      }
    }
  }

  private static Optional<Target> single(CsvRow row) {
    columns(row, List.of("value"), List.of());
    return row.decimal("value").map(Target.SingleValue::new);
  }

  private static Optional<Target> none(CsvRow row, Target target) {
    columns(row, List.of(), List.of());
    return Optional.ofNullable(target);
  }

  private static Optional<Target> range(CsvRow row) {
    columns(row, List.of("low", "high"), List.of());
    Optional<BigDecimal> low = row.decimal("low");
    Optional<BigDecimal> high = row.decimal("high");
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Target.Range(low.get(), high.get()));
    } catch (IllegalArgumentException e) {
      row.error("low", e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Target> increment(CsvRow row) {
    columns(row, List.of("value", "per_month"), List.of("start"));
    Optional<BigDecimal> yearEnd = row.decimal("value");
    Optional<BigDecimal> perMonth = row.decimal("per_month");
    if (yearEnd.isEmpty() || perMonth.isEmpty()) {
      return Optional.empty();
    }
    Target.MonthlyIncrement target =
        Target.MonthlyIncrement.reaching(yearEnd.get(), perMonth.get());
    row.decimal("start")
        .filter(start -> start.compareTo(target.start()) != 0)
        .ifPresent(
            start ->
                row.error(
                    "start",
                    start.toPlainString()
                        + " + 12 x "
                        + perMonth.get().toPlainString()
                        + " is not the year-end "
                        + yearEnd.get().toPlainString()
                        + "; the start is "
                        + target.start().toPlainString()));
    return Optional.of(target);
  }

  private static Optional<Target> profile(CsvRow row, FinancialYear year) {
    columns(row, List.of("value", "profile_points"), List.of());
    Optional<BigDecimal> yearEnd = row.decimal("value");
    if (row.blank("note")) {
      row.error("note", "a monthly profile needs a note saying where its points come from");
    }
    SortedMap<Integer, BigDecimal> points = points(row, year);
    if (yearEnd.isEmpty() || points.isEmpty()) {
      return Optional.empty();
    }
    if (points.lastKey() != 12 || points.get(12).compareTo(yearEnd.get()) != 0) {
      row.error(
          "profile_points",
          "the last point must be "
              + year.lastMonth()
              + "="
              + yearEnd.get().toPlainString()
              + ", the year-end value");
      return Optional.empty();
    }
    return Optional.of(Target.MonthlyProfile.throughPoints(points));
  }

  private static SortedMap<Integer, BigDecimal> points(CsvRow row, FinancialYear year) {
    SortedMap<Integer, BigDecimal> points = new TreeMap<>();
    if (row.blank("profile_points")) {
      return points;
    }
    for (String point : row.text("profile_points").split(";")) {
      String[] parts = point.strip().split("=");
      try {
        YearMonth month = YearMonth.parse(parts[0].strip());
        if (parts.length != 2 || !year.contains(month)) {
          throw new IllegalArgumentException();
        }
        points.put(FinancialYear.monthNumber(month), new BigDecimal(parts[1].strip()));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        row.error(
            "profile_points",
            "'"
                + point.strip()
                + "' is not a point such as "
                + year.month(8)
                + "=5078 within "
                + year);
        return new TreeMap<>();
      }
    }
    return points;
  }
}
