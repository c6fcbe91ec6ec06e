package org.barometer.core.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.barometer.core.number.ExactValue;

/** A target for one indicator and one financial year. */
public sealed interface Target {

  /** A single value (80%): for every month, or profiled linearly for a cumulative count. */
  record SingleValue(BigDecimal value) implements Target {
    public SingleValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A value for each month of the year, April first. */
  record MonthlyProfile(List<ExactValue> months) implements Target {
    public MonthlyProfile {
      months = List.copyOf(months);
      if (months.size() != 12) {
        throw new IllegalArgumentException("A monthly profile has 12 values, not " + months.size());
      }
    }

    /**
     * A profile through known points, straight between them, starting from zero before April. The
     * seed's crime score (5,078 by November, 7,389 by March) is such a profile.
     *
     * @param points values by month number (1 = April); the last must be month 12
     */
    public static MonthlyProfile throughPoints(SortedMap<Integer, BigDecimal> points) {
      if (points.isEmpty() || points.lastKey() != 12 || points.firstKey() < 1) {
        throw new IllegalArgumentException("A profile's points run from month 1 to month 12");
      }
      List<ExactValue> months = new ArrayList<>(12);
      int fromMonth = 0;
      ExactValue fromValue = ExactValue.ZERO;
      for (Map.Entry<Integer, BigDecimal> point : points.entrySet()) {
        ExactValue toValue = ExactValue.of(point.getValue());
        int span = point.getKey() - fromMonth;
        for (int step = 1; step <= span; step++) {
          months.add(
              fromValue.add(
                  toValue.subtract(fromValue).multiply(ExactValue.of(step)).divide(span)));
        }
        fromMonth = point.getKey();
        fromValue = toValue;
      }
      return new MonthlyProfile(months);
    }

    /** The value for a month number, 1 (April) to 12 (March). */
    public ExactValue month(int number) {
      return months.get(number - 1);
    }
  }

  /**
   * A year-end figure reached by a monthly increment from a starting figure: "35,000 (1,250 per
   * month)" is 20,000 + 1,250 x M.
   */
  record MonthlyIncrement(BigDecimal start, BigDecimal perMonth) implements Target {
    public MonthlyIncrement {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(perMonth, "perMonth");
    }

    /** The increment that reaches {@code yearEnd} by March at {@code perMonth} a month. */
    public static MonthlyIncrement reaching(BigDecimal yearEnd, BigDecimal perMonth) {
      return new MonthlyIncrement(
          yearEnd.subtract(perMonth.multiply(BigDecimal.valueOf(12))), perMonth);
    }

    public BigDecimal month(int number) {
      return start.add(perMonth.multiply(BigDecimal.valueOf(number)));
    }
  }

  /** A range, bounds included, for Goldilocks indicators: {@code 57.3-68.3}. */
  record Range(BigDecimal low, BigDecimal high) implements Target {
    public Range {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException(
            "A range runs from low to high: "
                + low.toPlainString()
                + " is above "
                + high.toPlainString());
      }
    }
  }

  /** To be confirmed: no status is computed; reports say "target TBC". */
  record ToBeConfirmed(String note) implements Target {
    public ToBeConfirmed {
      note = note == null ? "" : note.strip();
    }
  }

  /** No target: an indicator monitored for trend only, which gets no red, amber or green. */
  record NoTarget() implements Target {}
}
