package org.barometer.app.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One data row of a catalogue file. Each reader method returns the value, or records an error
 * placed at this row and the column, and returns empty.
 */
final class CsvRow {

  private final String file;
  private final int number;
  private final Map<String, String> values;
  private final ImportErrors errors;
  private int own;

  CsvRow(String file, int number, Map<String, String> values, ImportErrors errors) {
    this.file = file;
    this.number = number;
    this.values = Map.copyOf(values);
    this.errors = errors;
  }

  int number() {
    return number;
  }

  /** Records an error at this row and column. */
  void error(String column, String reason) {
    errors.add(file, number, column, reason);
    own++;
  }

  /** Whether no error has been recorded at this row. */
  boolean clean() {
    return own == 0;
  }

  /** The text as written, possibly empty. */
  String text(String column) {
    return values.getOrDefault(column, "");
  }

  boolean blank(String column) {
    return text(column).isBlank();
  }

  /** The text, which must not be blank. */
  Optional<String> required(String column) {
    if (blank(column)) {
      error(column, "is empty; a value is required");
      return Optional.empty();
    }
    return Optional.of(text(column));
  }

  /** A whole number no less than {@code least}. */
  Optional<Integer> integer(String column, int least) {
    return required(column)
        .flatMap(
            text -> parsed(column, text, "a whole number from " + least, t -> atLeast(t, least)));
  }

  /** A plain decimal ({@code 87.34}, no thousands separators); empty when the cell is blank. */
  Optional<BigDecimal> decimal(String column) {
    return blank(column)
        ? Optional.empty()
        : parsed(column, text(column), "a plain decimal such as 87.34", BigDecimal::new);
  }

  <E extends Enum<E>> Optional<E> choice(String column, Class<E> kind) {
    return required(column)
        .flatMap(
            text -> {
              try {
                return Optional.of(Enum.valueOf(kind, text.strip()));
              } catch (IllegalArgumentException e) {
                error(column, "'" + text + "' is not one of " + names(kind));
                return Optional.empty();
              }
            });
  }

  /** A date; empty when the cell is blank. */
  Optional<LocalDate> date(String column) {
    if (blank(column)) {
      return Optional.empty();
    }
    try {
      return Optional.of(DateText.parse(text(column)));
    } catch (IllegalArgumentException e) {
      error(column, e.getMessage());
      return Optional.empty();
    }
  }

  /** A month written {@code 2016-11}; empty when the cell is blank. */
  Optional<YearMonth> month(String column) {
    return blank(column)
        ? Optional.empty()
        : parsed(column, text(column), "a month such as 2016-11", YearMonth::parse);
  }

  /** {@code Yes} or {@code No}; blank reads as {@code No}. */
  Optional<Boolean> yesNo(String column) {
    String text = text(column).strip();
    if (text.isEmpty() || text.equals("No")) {
      return Optional.of(false);
    }
    if (text.equals("Yes")) {
      return Optional.of(true);
    }
    error(column, "'" + text + "' is not Yes or No");
    return Optional.empty();
  }

  private static int atLeast(String text, int least) {
    int value = Integer.parseInt(text);
    if (value < least) {
      throw new NumberFormatException(text + " is below " + least);
    }
    return value;
  }

  private <T> Optional<T> parsed(
      String column, String text, String expected, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text.strip()));
    } catch (NumberFormatException | DateTimeParseException e) {
      error(column, "'" + text + "' is not " + expected);
      return Optional.empty();
    }
  }

  private static <E extends Enum<E>> String names(Class<E> kind) {
    return Arrays.stream(kind.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
