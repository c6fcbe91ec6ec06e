package org.barometer.app.reminder;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.barometer.core.period.MonthRange;

/**
 * The month asked for on the timeliness page: blank for the latest ended month; otherwise a month
 * that has ended, written like {@code 2016-12}. A bad one falls back to the latest, with the
 * problem for the {@code month} field.
 *
 * @param month the month to show
 * @param problem what is wrong with what was asked, if anything
 */
public record MonthChoice(YearMonth month, Optional<String> problem) {

  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  public static MonthChoice of(String text, YearMonth latestEnded) {
    if (text == null || text.isBlank()) {
      return new MonthChoice(latestEnded, Optional.empty());
    }
    Optional<YearMonth> read = MonthRange.parse(text);
    if (read.isEmpty()) {
      return problem(
          latestEnded,
          "Enter the month as year and month, like "
              + latestEnded
              + ", not '"
              + text
              + "': a month from "
              + MonthRange.FIRST
              + " to "
              + MonthRange.LAST);
    }
    YearMonth asked = read.get();
    if (asked.isAfter(latestEnded)) {
      return problem(
          latestEnded,
          "The month must have ended: choose "
              + NAME.format(latestEnded)
              + " ("
              + latestEnded
              + ") or earlier, not "
              + asked);
    }
    return new MonthChoice(asked, Optional.empty());
  }

  private static MonthChoice problem(YearMonth latestEnded, String why) {
    return new MonthChoice(latestEnded, Optional.of(why));
  }
}
