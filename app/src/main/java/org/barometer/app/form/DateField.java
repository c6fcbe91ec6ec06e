package org.barometer.app.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date typed in the GOV.UK Design System's three boxes (day, month, year), or sent by a program
 * as {@code 2017-01-19}. A date that does not exist, such as 31 September, is refused.
 */
public final class DateField {

  private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

  private DateField() {}

  /** The three parts of a date as typed; all empty when no date is given. */
  public record Parts(String day, String month, String year) {
    public Parts {
      day = clean(day);
      month = clean(month);
      year = clean(year);
    }

    /** The parts of an ISO date sent by a program; text that is not one is kept whole. */
    public static Parts ofIso(String iso) {
      String text = clean(iso);
      if (text.isEmpty()) {
        return new Parts("", "", "");
      }
      String[] pieces = text.split("-", -1);
      return pieces.length == 3
          ? new Parts(pieces[2], pieces[1], pieces[0])
          : new Parts(text, "", "");
    }

    public static Parts of(LocalDate date) {
      return new Parts(
          Integer.toString(date.getDayOfMonth()),
          Integer.toString(date.getMonthValue()),
          Integer.toString(date.getYear()));
    }

    boolean blank() {
      return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }
  }

  /**
   * The date, empty when no part is given; a wrong or partial date puts an error on {@code field}.
   *
   * @param name what the date is, for the message: "the date of the decision"
   */
  public static Optional<LocalDate> read(
      String field, String name, Parts parts, Map<String, String> errors) {
    if (parts.blank()) {
      return Optional.empty();
    }
    if (!WHOLE.matcher(parts.day()).matches()
        || !WHOLE.matcher(parts.month()).matches()
        || !parts.year().matches("\\d{4}")) {
      errors.put(
          field,
          "Give "
              + name
              + " as a day, a month and a year in numbers, like 19 1 2017; leave all three"
              + " empty when it is not known");
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(parts.year()),
              Integer.parseInt(parts.month()),
              Integer.parseInt(parts.day())));
    } catch (DateTimeException e) {
      errors.put(
          field,
          "There is no such date as "
              + parts.day()
              + "/"
              + parts.month()
              + "/"
              + parts.year()
              + ": give "
              + name
              + " as a real date");
      return Optional.empty();
    }
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
