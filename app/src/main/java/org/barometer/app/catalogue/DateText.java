package org.barometer.app.catalogue;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written as in a council report ({@code 31 March 2018}, {@code 30 Sept 2017}) or in ISO
 * form ({@code 2018-03-31}), read strictly: a date that does not exist is refused with the reason,
 * never rolled over to another date.
 */
final class DateText {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2}) ([A-Za-z]+)\\.? (\\d{4})");
  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter WRITTEN_STRICT =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

  private DateText() {}

  /**
   * The date the text states.
   *
   * @throws IllegalArgumentException with the reason, such as {@code 31 Sept 2017 is not a date:
   *     September has 30 days}
   */
  static LocalDate parse(String text) {
    String date = text.strip();
    Matcher iso = ISO.matcher(date);
    if (iso.matches()) {
      int number = Integer.parseInt(iso.group(2));
      if (number < 1 || number > 12) {
        throw new IllegalArgumentException(date + " is not a date: there is no month " + number);
      }
      return strictly(date, date, ISO_STRICT, Month.of(number), iso.group(1), iso.group(3));
    }
    Matcher written = WRITTEN.matcher(date);
    if (written.matches()) {
      Month month = monthNamed(written.group(2), date);
      String full = written.group(1) + " " + fullName(month) + " " + written.group(3);
      return strictly(date, full, WRITTEN_STRICT, month, written.group(3), written.group(1));
    }
    throw new IllegalArgumentException(
        "'" + date + "' is not a date: write it as 31 March 2018 or 2018-03-31");
  }

  private static LocalDate strictly(
      String printed, String text, DateTimeFormatter format, Month month, String year, String day) {
    if (Integer.parseInt(day) < 1) {
      throw new IllegalArgumentException(printed + " is not a date: there is no day " + day);
    }
    try {
      return LocalDate.parse(text, format);
    } catch (DateTimeParseException e) {
      int length = month.length(Year.isLeap(Long.parseLong(year)));
      String of = month == Month.FEBRUARY ? fullName(month) + " " + year : fullName(month);
      throw new IllegalArgumentException(
          printed + " is not a date: " + of + " has " + length + " days", e);
    }
  }

  private static String fullName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static Month monthNamed(String word, String date) {
    return monthCalled(word)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + date + "' is not a date: '" + word + "' is not the name of a month"));
  }

  /** The month a word names: in full, or by its first three or four letters ({@code Sept}). */
  static Optional<Month> monthCalled(String word) {
    String lower = word.toLowerCase(Locale.UK);
    for (Month month : Month.values()) {
      String full = fullName(month).toLowerCase(Locale.UK);
      boolean shortened = lower.length() >= 3 && lower.length() <= 4 && full.startsWith(lower);
      if (full.equals(lower) || shortened) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }
}
