package org.barometer.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What every page and file of an edition says about it: a draft (and the day it was built) or
 * published (and the day).
 *
 * @param draft whether it is a draft, which may still change
 * @param date the day it was built (a draft) or published
 */
public record EditionMark(boolean draft, LocalDate date) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public EditionMark {
    Objects.requireNonNull(date, "date");
  }

  /** "Draft, built 28 November 2026: figures may still change" or "Published 5 December 2016". */
  public String label() {
    return draft
        ? "Draft, built " + date.format(DAY) + ": figures may still change"
        : "Published " + date.format(DAY);
  }
}
