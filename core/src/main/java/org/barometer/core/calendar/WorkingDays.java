package org.barometer.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/** Working days in England and Wales: Monday to Friday, less bank holidays. */
public final class WorkingDays {

  private WorkingDays() {}

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !BankHolidays.isBankHoliday(day);
  }

  /**
   * The day a figure for a period ending with {@code lastMonth} is due: the Nth working day after
   * the period ends.
   *
   * @param workingDays N, from 1 to 60
   */
  public static LocalDate dueDate(YearMonth lastMonth, int workingDays) {
    if (workingDays < 1 || workingDays > 60) {
      throw new IllegalArgumentException(
          "The due day is the 1st to 60th working day, not " + workingDays);
    }
    return countWorkingDays(lastMonth.atEndOfMonth(), workingDays, 1);
  }

  /**
   * The day {@code n} working days before {@code day}: with {@code n} of 0, {@code day} itself.
   * Used to remind an owner a few working days before a figure is due.
   *
   * @param n from 0 to 60
   */
  public static LocalDate workingDaysBefore(LocalDate day, int n) {
    if (n < 0 || n > 60) {
      throw new IllegalArgumentException("Count 0 to 60 working days back, not " + n);
    }
    return countWorkingDays(day, n, -1);
  }

  /** The day {@code n} working days from {@code from}, forwards ({@code step} 1) or back (-1). */
  private static LocalDate countWorkingDays(LocalDate from, int n, int step) {
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
