package org.barometer.core.indicator;

/** What one collected figure covers. */
public enum EntryBasis {
  /** The figure covers its own period only (the usual case). */
  PERIOD,
  /**
   * The figure is a running total from April, entered as such: it grows through the year (the share
   * of the year's council tax collected so far, working days lost per FTE so far).
   */
  YEAR_TO_DATE_TOTAL,
  /**
   * The figure is a rate over April to date, entered as such: it does not grow (the share of
   * planning applications decided in time so far this year, satisfaction so far).
   */
  YEAR_TO_DATE_RATE;

  public boolean yearToDate() {
    return this != PERIOD;
  }
}
