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
}
