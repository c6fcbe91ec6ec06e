package org.barometer.app.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one import, in the order found: the first {@link #MOST_LISTED} of them, and how
 * many more there are, so that a file wrong on every row does not fill the memory or the page.
 */
final class ImportErrors {

  static final int MOST_LISTED = 200;

  private final List<ImportError> errors = new ArrayList<>();
  private int count;

  void add(String file, int row, String column, String reason) {
    count++;
    if (errors.size() < MOST_LISTED) {
      errors.add(new ImportError(file, row, column, reason));
    }
  }

  /** An error about the whole file, listed before the others, whatever was found before it. */
  void addFirst(String file, int row, String column, String reason) {
    count++;
    if (errors.size() == MOST_LISTED) {
      errors.remove(MOST_LISTED - 1);
    }
    errors.add(0, new ImportError(file, row, column, reason));
  }

  boolean isEmpty() {
    return count == 0;
  }

  int count() {
    return count;
  }

  List<ImportError> list() {
    if (count <= errors.size()) {
      return List.copyOf(errors);
    }
    List<ImportError> listed = new ArrayList<>(errors);
    listed.add(
        new ImportError(
            "",
            0,
            "",
            String.format(
                "and %,d more errors not listed: put these right and import again",
                count - errors.size())));
    return List.copyOf(listed);
  }
}
