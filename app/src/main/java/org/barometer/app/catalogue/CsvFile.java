package org.barometer.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.barometer.app.spreadsheet.SpreadsheetText;

/**
 * Reads one CSV file of a catalogue: UTF-8, RFC 4180, a header row naming the columns. Rows are
 * numbered as records, the header being row 1. Records are read one at a time and at most {@link
 * #MOST_ROWS} of them, so that a file of a million rows is refused without being held.
 */
final class CsvFile {

  /** The most rows after the header: a council's action plan has a few hundred. */
  static final int MOST_ROWS = 5000;

  /** The longest cell: a page of text. */
  static final int LONGEST_CELL = 4000;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String name;
  private final List<String> required;
  private final List<String> optional;

  CsvFile(String name, List<String> required, List<String> optional) {
    this.name = name;
    this.required = List.copyOf(required);
    this.optional = List.copyOf(optional);
  }

  String name() {
    return name;
  }

  /** The rows of the file, or empty when the file as a whole cannot be read (errors say why). */
  Optional<List<CsvRow>> read(CatalogueFolder folder, ImportErrors errors) {
    int before = errors.count();
    List<CsvRow> rows = new ArrayList<>();
    try {
      Optional<InputStream> bytes = folder.open(name);
      if (bytes.isEmpty()) {
        errors.add(name, 0, "", "the file is missing from " + folder);
        return Optional.empty();
      }
      try (Reader reader = utf8(bytes.get());
          CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
        readRecords(parser, rows, errors);
      }
    } catch (IOException | UncheckedIOException e) {
      errors.add(name, 0, "", reason(e));
    }
    return errors.count() == before ? Optional.of(rows) : Optional.empty();
  }

  private void readRecords(CSVParser parser, List<CsvRow> rows, ImportErrors errors) {
    List<String> header = null;
    for (CSVRecord record : parser) {
      if (header == null) {
        header = header(record, errors);
        continue;
      }
      int row = (int) record.getRecordNumber();
      if (row > MOST_ROWS + 1) {
        errors.addFirst(
            name,
            row,
            "",
            String.format(
                "the file has more than %,d rows after its header: split it into smaller files",
                MOST_ROWS));
        return;
      }
      if (record.size() != header.size()) {
        errors.add(
            name,
            row,
            "",
            "the row has " + record.size() + " fields where the header has " + header.size());
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        if (record.get(i).length() > LONGEST_CELL) {
          errors.add(
              name,
              row,
              header.get(i),
              String.format(
                  "is %,d characters long: a cell holds at most %,d",
                  record.get(i).length(), LONGEST_CELL));
        }
        values.put(header.get(i), SpreadsheetText.restored(record.get(i)));
      }
      optional.forEach(column -> values.putIfAbsent(column, ""));
      rows.add(new CsvRow(name, row, values, errors));
    }
    if (header == null) {
      errors.add(name, 0, "", "the file is empty: it needs a header row");
    }
  }

  private List<String> header(CSVRecord record, ImportErrors errors) {
    List<String> names = new ArrayList<>();
    record.forEach(names::add);
    if (!names.isEmpty() && !names.get(0).isEmpty() && names.get(0).charAt(0) == BYTE_ORDER_MARK) {
      names.set(0, names.get(0).substring(1));
    }
    Set<String> seen = new HashSet<>();
    for (String column : names) {
      if (!seen.add(column)) {
        errors.add(name, 1, column, "the column is named twice");
      } else if (!required.contains(column) && !optional.contains(column)) {
        errors.add(name, 1, column, "unknown column; the columns are " + allColumns());
      }
    }
    for (String column : required) {
      if (!seen.contains(column)) {
        errors.add(name, 1, column, "the column is missing from the header");
      }
    }
    return names;
  }

  private String allColumns() {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return String.join(", ", all);
  }

  private static Reader utf8(InputStream bytes) {
    return new InputStreamReader(
        bytes,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
      cause = cause.getCause();
    }
    return cause instanceof CharacterCodingException
        ? "the file is not UTF-8 text"
        : "the file is not valid CSV: " + cause.getMessage();
  }
}
