package org.barometer.app.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A due date with the text it was read from. A printed date that does not exist is corrected only
 * by hand, with the correction stated; the printed text stays beside the date.
 *
 * @param date the date
 * @param asPrinted the date as printed in the source; empty when none was printed
 * @param correction why the date differs from the printed text; empty when it does not
 */
public record DueDate(LocalDate date, String asPrinted, String correction) {

  public DueDate {
    Objects.requireNonNull(date, "date");
    asPrinted = asPrinted == null ? "" : asPrinted;
    correction = correction == null ? "" : correction;
  }

  public boolean corrected() {
    return !correction.isEmpty();
  }
}
