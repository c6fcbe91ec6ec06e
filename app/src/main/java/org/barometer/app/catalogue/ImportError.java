package org.barometer.app.catalogue;

import java.util.Objects;

/**
 * One thing wrong with an import, placed so that a person can find and fix it.
 *
 * @param file the file name, such as {@code actions.csv}
 * @param row the row, counting the header as row 1; 0 when the error concerns the whole file
 * @param column the column name; empty when the error concerns a whole row or file
 * @param reason what is wrong, in plain English
 */
public record ImportError(String file, int row, String column, String reason) {

  public ImportError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    column = column == null ? "" : column;
  }

  /** {@code actions.csv row 34, column due_date: 31 Sept 2017 is not a date: ...}. */
  @Override
  public String toString() {
    StringBuilder place = new StringBuilder(file);
    if (row > 0) {
      place.append(" row ").append(row);
    }
    if (!column.isEmpty()) {
      place.append(row > 0 ? ", column " : " column ").append(column);
    }
    return place + ": " + reason;
  }
}
