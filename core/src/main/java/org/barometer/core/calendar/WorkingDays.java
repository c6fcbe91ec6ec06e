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
    LocalDate day = lastMonth.atEndOfMonth();
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The working day {@code n} working days before {@code day}: with {@code n} of 0, {@code day}
   * itself. Used to remind an owner a few working days before a figure is due.
   *
   * @param n from 0 to 60
   */
  public static LocalDate workingDaysBefore(LocalDate day, int n) {
    if (n < 0 || n > 60) {
      throw new IllegalArgumentException("Count 0 to 60 working days back, not " + n);
    }
    LocalDate back = day;
    int counted = 0;
    while (counted < n) {
      back = back.minusDays(1);
      if (isWorkingDay(back)) {
        counted++;
      }
    }
    return back;
  }
}
