package org.barometer.app.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Reads an indicator's latest figure from its columns and checks them against the printed text: the
 * value, month and target entered must be those printed.
 */
final class LatestColumns {

  private LatestColumns() {}

  static Optional<LatestFigure> read(CsvRow row) {
    Optional<String> printed = row.required("latest_as_printed");
    Optional<BigDecimal> value = row.decimal("latest_value");
    Optional<YearMonth> period = row.month("latest_period");
    Optional<BigDecimal> target = row.decimal("latest_period_target");
    if (!row.clean()) {
      return Optional.empty();
    }
    Optional<PrintedFigure> figure;
    try {
      figure = PrintedFigure.read(printed.get());
    } catch (IllegalArgumentException e) {
      row.error("latest_as_printed", e.getMessage());
      return Optional.empty();
    }
    if (figure.isEmpty()) {
      emptyAsPrinted(row, "latest_value", value.isPresent());
      emptyAsPrinted(row, "latest_period", period.isPresent());
      emptyAsPrinted(row, "latest_period_target", target.isPresent());
    } else {
      check(row, figure.get(), value, period, target);
    }
    return row.clean()
        ? Optional.of(new LatestFigure(printed.get(), value, period, target))
        : Optional.empty();
  }

  private static void emptyAsPrinted(CsvRow row, String column, boolean present) {
    if (present) {
      row.error(column, "must be empty: the latest figure is printed as none");
    }
  }

  private static void check(
      CsvRow row,
      PrintedFigure printed,
      Optional<BigDecimal> value,
      Optional<YearMonth> period,
      Optional<BigDecimal> target) {
    if (value.isEmpty()) {
      row.error("latest_value", "is empty; the printed figure is " + plain(printed.value()));
    } else if (value.get().compareTo(printed.value()) != 0) {
      row.error(
          "latest_value",
          plain(value.get()) + " is not the printed figure " + plain(printed.value()));
    }
    if (period.isEmpty()) {
      row.error("latest_period", "is empty; the figure is printed with " + printed.month());
    } else if (period.get().getMonth() != printed.month()
        || printed.yearOfCentury().filter(y -> y != period.get().getYear() % 100).isPresent()) {
      row.error("latest_period", period.get() + " is not the month printed with the figure");
    }
    if (!sameNumber(target, printed.against())) {
      row.error(
          "latest_period_target",
          printed
              .against()
              .map(t -> "the printed target is " + plain(t))
              .orElse("none is printed"));
    }
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  private static String plain(BigDecimal number) {
    return number.toPlainString();
  }
}
