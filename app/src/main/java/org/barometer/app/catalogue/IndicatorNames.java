package org.barometer.app.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.barometer.core.indicator.Polarity;

/** Checks an indicator's short name and polarity against their printed text. */
final class IndicatorNames {

  private IndicatorNames() {}

  /**
   * The short name, which with the printed label (if any) must make up the printed short name: the
   * name is the printed text, never a rewording of it.
   */
  static Optional<String> read(CsvRow row, List<String> notes) {
    Optional<String> printed = row.required("short_name_as_printed");
    Optional<String> name = row.required("short_name");
    if (printed.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    String label = row.text("aggregation_label_as_printed");
    String expected = label.isEmpty() ? name.get() : name.get() + " " + label;
    if (!printed.get().equals(expected)) {
      row.error(
          "short_name",
          label.isEmpty()
              ? "is not the printed short name"
              : "with ' " + label + "' after it, is not the printed short name");
      return Optional.empty();
    }
    return name;
  }

  /** The polarity, which must be what the printed text says. */
  static Optional<Polarity> polarity(CsvRow row) {
    Optional<Polarity> polarity = row.choice("polarity", Polarity.class);
    Optional<String> printed = row.required("polarity_as_printed");
    if (polarity.isEmpty() || printed.isEmpty()) {
      return polarity;
    }
    Optional<Polarity> read = printedPolarity(printed.get());
    if (read.isEmpty()) {
      row.error(
          "polarity_as_printed",
          "'" + printed.get() + "' is not Aim to Maximise, Aim to Minimise or Goldilocks");
    } else if (read.get() != polarity.get()) {
      row.error("polarity", polarity.get() + " is not what '" + printed.get() + "' says");
    }
    return polarity;
  }

  private static Optional<Polarity> printedPolarity(String printed) {
    String text = printed.replace("*", "").strip().toLowerCase(Locale.UK);
    for (Polarity polarity : Polarity.values()) {
      String label = polarity.label().toLowerCase(Locale.UK);
      if (text.equals(label) || text.equals(label.replace("aim to ", ""))) {
        return Optional.of(polarity);
      }
    }
    return Optional.empty();
  }
}
