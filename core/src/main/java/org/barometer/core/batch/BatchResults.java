package org.barometer.core.batch;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.barometer.core.direction.Direction;

/**
 * The status and direction of travel of every indicator-month of a batch, one byte each, laid out
 * as the figures are (indicator by indicator, month by month). Reusable: evaluating into the same
 * results again overwrites them, so a large catalogue is evaluated without new allocation.
 */
public final class BatchResults {

  private static final Direction[] DIRECTIONS = Direction.values();

  private final int indicators;
  private final YearMonth firstMonth;
  private final int months;
  private final byte[] status;
  private final byte[] direction;
  private int exactFallbacks;

  private BatchResults(int indicators, YearMonth firstMonth, int months) {
    this.indicators = indicators;
    this.firstMonth = firstMonth;
    this.months = months;
    this.status = new byte[Math.multiplyExact(indicators, months)];
    this.direction = new byte[status.length];
  }

  /** Empty results shaped like the figures. */
  public static BatchResults shapedLike(MonthlyColumns figures) {
    return new BatchResults(figures.indicators(), figures.firstMonth(), figures.months());
  }

  public int indicators() {
    return indicators;
  }

  public int months() {
    return months;
  }

  public YearMonth firstMonth() {
    return firstMonth;
  }

  public BatchStatus status(int indicator, int month) {
    return BatchStatus.ofCode(status[cell(indicator, month)]);
  }

  /** The direction against the same month last year. */
  public Direction direction(int indicator, int month) {
    return DIRECTIONS[direction[cell(indicator, month)]];
  }

  /**
   * How many indicator-months the last evaluation sent to the exact path because their figures
   * outgrew exact long arithmetic.
   */
  public int exactFallbacks() {
    return exactFallbacks;
  }

  /** How many indicator-months have each status. */
  public Map<BatchStatus, Integer> countByStatus() {
    int[] counts = new int[BatchStatus.values().length];
    for (byte code : status) {
      counts[code]++;
    }
    Map<BatchStatus, Integer> byStatus = new EnumMap<>(BatchStatus.class);
    for (BatchStatus each : BatchStatus.values()) {
      byStatus.put(each, counts[each.ordinal()]);
    }
    return byStatus;
  }

  boolean fits(MonthlyColumns figures) {
    return indicators == figures.indicators()
        && months == figures.months()
        && firstMonth.equals(figures.firstMonth());
  }

  void put(int cell, byte statusCode, byte directionCode) {
    status[cell] = statusCode;
    direction[cell] = directionCode;
  }

  void exactFallbacks(int count) {
    exactFallbacks = count;
  }

  private int cell(int indicator, int month) {
    if (indicator < 0 || indicator >= indicators || month < 0 || month >= months) {
      throw new IndexOutOfBoundsException("No indicator-month " + indicator + ", " + month);
    }
    return indicator * months + month;
  }
}
