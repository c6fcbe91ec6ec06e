package org.barometer.app.catalogue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a due date from the columns {@code due_date}, {@code due_date_as_printed} and {@code
 * correction_note}. A date never becomes another date silently: where the date differs from the
 * printed text, or the printed text is no date at all, the correction note must say why.
 */
final class DueDateColumns {

  private DueDateColumns() {}

  /** The due date, or empty when the row gives none (or is in error, recorded at the row). */
  static Optional<DueDate> read(CsvRow row) {
    Optional<LocalDate> given = row.date("due_date");
    if (!row.clean()) {
      return Optional.empty();
    }
    String printed = row.text("due_date_as_printed").strip();
    String correction = row.text("correction_note").strip();
    if (printed.isEmpty()) {
      return given.map(date -> new DueDate(date, "", correction));
    }
    Optional<LocalDate> printedDate;
    String reason = "";
    try {
      printedDate = Optional.of(DateText.parse(printed));
    } catch (IllegalArgumentException e) {
      printedDate = Optional.empty();
      reason = e.getMessage();
    }
    if (given.isEmpty()) {
      return asPrinted(row, printed, printedDate, reason, correction);
    }
    return corrected(row, given.get(), printed, printedDate, reason, correction);
  }

  private static Optional<DueDate> asPrinted(
      CsvRow row, String printed, Optional<LocalDate> date, String reason, String correction) {
    if (date.isEmpty()) {
      row.error(
          "due_date_as_printed",
          reason + "; give the corrected date in due_date and say why in correction_note");
      return Optional.empty();
    }
    if (!correction.isEmpty()) {
      row.error("correction_note", "nothing is corrected: due_date is empty");
      return Optional.empty();
    }
    return Optional.of(new DueDate(date.get(), printed, ""));
  }

  private static Optional<DueDate> corrected(
      CsvRow row,
      LocalDate given,
      String printed,
      Optional<LocalDate> date,
      String reason,
      String correction) {
    boolean same = date.filter(given::equals).isPresent();
    if (same && !correction.isEmpty()) {
      row.error("correction_note", "nothing is corrected: due_date is the printed date");
    } else if (!same && correction.isEmpty()) {
      row.error(
          date.isEmpty() ? "due_date_as_printed" : "due_date",
          date.isEmpty()
              ? reason + "; say in correction_note why due_date is " + given
              : given + " is not the printed date " + printed + "; say why in correction_note");
    }
    return row.clean() ? Optional.of(new DueDate(given, printed, correction)) : Optional.empty();
  }
}
