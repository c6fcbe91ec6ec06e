package org.barometer.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales, worked out by their rules, with the one-off changes made
 * by proclamation since 1995 (a moved May holiday, jubilees, a royal wedding, a state funeral, a
 * coronation). A year after the last one known here follows the rules alone: a future proclamation
 * must be added here.
 */
public final class BankHolidays {

  /** Holidays moved by proclamation: the date the rule gives, to the date observed. */
  private static final Map<LocalDate, LocalDate> MOVED =
      Map.of(
          LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8),
          LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),
          LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),
          LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),
          LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));

  /** Extra bank holidays proclaimed for one year only. */
  private static final Set<LocalDate> EXTRA =
      Set.of(
          LocalDate.of(1999, 12, 31),
          LocalDate.of(2002, 6, 3),
          LocalDate.of(2011, 4, 29),
          LocalDate.of(2012, 6, 5),
          LocalDate.of(2022, 6, 3),
          LocalDate.of(2022, 9, 19),
          LocalDate.of(2023, 5, 8));

  private BankHolidays() {}

  /** The bank holidays of a calendar year, in order. */
  public static Set<LocalDate> of(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(substituteForWeekend(LocalDate.of(year, Month.JANUARY, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(moved(firstMonday(year, Month.MAY)));
    days.add(
        moved(
            LocalDate.of(year, Month.MAY, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
    days.add(
        LocalDate.of(year, Month.AUGUST, 31)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    addChristmas(year, days);
    EXTRA.stream().filter(d -> d.getYear() == year).forEach(days::add);
    return days;
  }

  public static boolean isBankHoliday(LocalDate day) {
    return of(day.getYear()).contains(day);
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** Christmas Day and Boxing Day, each moved to the next free weekday when on a weekend. */
  private static void addChristmas(int year, Set<LocalDate> days) {
    LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
    LocalDate boxing = christmas.plusDays(1);
    LocalDate christmasHoliday = substituteForWeekend(christmas);
    LocalDate boxingHoliday = substituteForWeekend(boxing);
    if (!boxingHoliday.isAfter(christmasHoliday)) {
      boxingHoliday = substituteForWeekend(christmasHoliday.plusDays(1));
    }
    days.add(christmasHoliday);
    days.add(boxingHoliday);
  }

  private static LocalDate substituteForWeekend(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  private static LocalDate firstMonday(int year, Month month) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
  }

  private static LocalDate moved(LocalDate ruleDay) {
    return MOVED.getOrDefault(ruleDay, ruleDay);
  }
}
