package org.barometer.core.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A series of values, oldest first, each held exactly as a long count of {@code 10^-scale}; a
 * missing value (a gap) is held as absent.
 */
public final class SpcSeries {

  /** The most decimals a value may have. */
  public static final int MOST_DECIMALS = 18;

  /**
   * The largest magnitude a value may have in units of the series' smallest decimal: 2^62, so a
   * difference of two values still fits in a long.
   */
  static final long LARGEST_UNITS = 1L << 62;

  private final long[] units;
  private final boolean[] present;
  private final int scale;
  private final int count;

  private SpcSeries(long[] units, boolean[] present, int scale) {
    this.units = units;
    this.present = present;
    this.scale = scale;
    int n = 0;
    for (boolean p : present) {
      if (p) {
        n++;
      }
    }
    this.count = n;
  }

  /**
   * A series of whole counts of {@code 10^-scale}, every value present: the fast way in for
   * programs that already hold scaled values.
   */
  public static SpcSeries ofUnits(long[] units, int scale) {
    if (scale < 0 || scale > MOST_DECIMALS) {
      throw new IllegalArgumentException("scale " + scale + " is outside 0 to " + MOST_DECIMALS);
    }
    for (long unit : units) {
      if (unit > LARGEST_UNITS || unit < -LARGEST_UNITS) {
        throw new IllegalArgumentException(unit + " is beyond +/-2^62 units");
      }
    }
    boolean[] present = new boolean[units.length];
    Arrays.fill(present, true);
    return new SpcSeries(units.clone(), present, scale);
  }

  /**
   * A series of decimals, a null for a missing value.
   *
   * @throws IllegalArgumentException when a value has more than {@link #MOST_DECIMALS} decimals or
   *     is too large to hold exactly; see {@link #problems(List)}
   */
  public static SpcSeries of(List<BigDecimal> values) {
    List<SpcProblem> problems = problems(values);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.toString());
    }
    int scale = scale(values);
    long[] units = new long[values.size()];
    boolean[] present = new boolean[values.size()];
    for (int i = 0; i < units.length; i++) {
      BigDecimal value = values.get(i);
      if (value != null) {
        units[i] = value.movePointRight(scale).longValueExact();
        present[i] = true;
      }
    }
    return new SpcSeries(units, present, scale);
  }

  /** What stops these values from making a series, each naming {@code values[i]}. */
  public static List<SpcProblem> problems(List<BigDecimal> values) {
    List<SpcProblem> problems = new ArrayList<>();
    if (values.isEmpty()) {
      problems.add(new SpcProblem("values", "is empty; give at least one number"));
      return problems;
    }
    boolean any = false;
    for (int i = 0; i < values.size(); i++) {
      BigDecimal value = values.get(i);
      if (value == null) {
        continue;
      }
      any = true;
      if (decimals(value) > MOST_DECIMALS) {
        problems.add(
            new SpcProblem(
                "values[" + i + "]",
                shown(value) + " has more than " + MOST_DECIMALS + " decimals"));
      }
    }
    if (problems.isEmpty()) {
      int scale = scale(values);
      for (int i = 0; i < values.size(); i++) {
        BigDecimal value = values.get(i);
        if (value != null && !fits(value, scale)) {
          problems.add(
              new SpcProblem(
                  "values[" + i + "]",
                  shown(value)
                      + " is too large to hold exactly beside values with "
                      + scale
                      + " decimals (at most 18 digits in all)"));
        }
      }
    }
    if (!any) {
      problems.add(new SpcProblem("values", "has no numbers, only gaps"));
    }
    return problems;
  }

  /** A value as a message shows it: never more than 40 characters, whatever its exponent. */
  static String shown(BigDecimal value) {
    String plain =
        value.precision() + Math.abs((long) value.scale()) <= 40
            ? value.toPlainString()
            : value.toString();
    return plain.length() <= 40 ? plain : plain.substring(0, 37) + "...";
  }

  static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  private static int scale(List<BigDecimal> values) {
    int scale = 0;
    for (BigDecimal value : values) {
      if (value != null) {
        scale = Math.max(scale, decimals(value));
      }
    }
    return scale;
  }

  /** Whether a value, counted in units of {@code 10^-scale}, is within {@link #LARGEST_UNITS}. */
  static boolean fits(BigDecimal value, int scale) {
    return value.movePointRight(scale).abs().compareTo(BigDecimal.valueOf(LARGEST_UNITS)) <= 0;
  }

  /** The number of positions, gaps included. */
  public int size() {
    return units.length;
  }

  /** The number of values present. */
  public int count() {
    return count;
  }

  public boolean isPresent(int index) {
    return present[index];
  }

  /** The value at an index, or null for a gap. */
  public BigDecimal value(int index) {
    return present[index] ? BigDecimal.valueOf(units[index], scale) : null;
  }

  /** Every value, a null for a gap. */
  public List<BigDecimal> values() {
    List<BigDecimal> values = new ArrayList<>(units.length);
    for (int i = 0; i < units.length; i++) {
      values.add(value(i));
    }
    return values;
  }

  int scale() {
    return scale;
  }

  long units(int index) {
    return units[index];
  }

  boolean[] presence() {
    return present;
  }

  /** This series at a larger scale (more decimals). */
  SpcSeries rescaled(int newScale) {
    if (newScale == scale) {
      return this;
    }
    long factor = pow10(newScale - scale);
    long[] scaled = new long[units.length];
    for (int i = 0; i < units.length; i++) {
      scaled[i] = Math.multiplyExact(units[i], factor);
      if (scaled[i] > LARGEST_UNITS || scaled[i] < -LARGEST_UNITS) {
        throw new ArithmeticException(scaled[i] + " is beyond +/-2^62 units");
      }
    }
    return new SpcSeries(scaled, present, newScale);
  }

  static long pow10(int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 10;
    }
    return result;
  }
}
