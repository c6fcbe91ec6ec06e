package org.barometer.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** A copy of the seed catalogue in a folder, to be spoiled one cell at a time. */
final class SeedCopy {

  static final List<String> FILES =
      List.of(
          "departments.csv",
          "committees.csv",
          "aims.csv",
          "indicators.csv",
          "targets.csv",
          "actions.csv",
          "milestones.csv");

  private final Path folder;

  private SeedCopy(Path folder) {
    this.folder = folder;
  }

  static SeedCopy in(Path folder) {
    for (String name : FILES) {
      String resource = CatalogueFolder.SOUTHEND_2017_18 + "/" + name;
      try (InputStream in =
          Objects.requireNonNull(SeedCopy.class.getClassLoader().getResourceAsStream(resource))) {
        Files.copy(in, folder.resolve(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SeedCopy(folder);
  }

  CatalogueFolder folder() {
    return CatalogueFolder.of(folder);
  }

  /** Sets one cell; row counts the header as row 1, as import errors do. */
  SeedCopy set(String file, int row, String column, String value) {
    List<List<String>> records = records(file);
    int index = records.get(0).indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(file + " has no column " + column);
    }
    records.get(row - 1).set(index, value);
    write(file, records);
    return this;
  }

  /** Renames a column in the header. */
  SeedCopy renameColumn(String file, String column, String newName) {
    List<List<String>> records = records(file);
    records.get(0).set(records.get(0).indexOf(column), newName);
    write(file, records);
    return this;
  }

  SeedCopy delete(String file) {
    try {
      Files.delete(folder.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  SeedCopy overwrite(String file, byte[] bytes) {
    try {
      Files.write(folder.resolve(file), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private List<List<String>> records(String file) {
    List<List<String>> records = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
        records.add(new ArrayList<>(record.toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private void write(String file, List<List<String>> records) {
    try (Writer writer = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.print(writer)) {
      printer.printRecords(records);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
