package org.barometer.app.catalogue;

import java.util.ArrayList;
import java.util.List;

/** The errors of one import, in the order found. */
final class ImportErrors {

  private final List<ImportError> errors = new ArrayList<>();

  void add(String file, int row, String column, String reason) {
    errors.add(new ImportError(file, row, column, reason));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  int count() {
    return errors.size();
  }

  List<ImportError> list() {
    return List.copyOf(errors);
  }
}
