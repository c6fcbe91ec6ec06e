package org.barometer.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A printed aggregation label, such as {@code [Cumulative]} or {@code [Monthly Snapshot]}, read as
 * an {@link AggregationKind}. Council reports print these labels by hand, so the reader forgives
 * what a person would forgive (case, stray or round brackets) and says so in a note; it refuses
 * what it cannot read rather than guess.
 *
 * @param printed the label exactly as printed
 * @param kind the aggregation it names
 * @param notes what the reader had to forgive to read it; empty for a clean label
 */
public record AggregationLabel(String printed, AggregationKind kind, List<String> notes) {

  private static final Map<String, AggregationKind> WORDS =
      Map.ofEntries(
          Map.entry("cumulative", AggregationKind.CUMULATIVE),
          Map.entry("cumulative ytd", AggregationKind.CUMULATIVE),
          Map.entry("cumulative year to date", AggregationKind.CUMULATIVE),
          Map.entry("year to date cumulative", AggregationKind.CUMULATIVE),
          Map.entry("snapshot", AggregationKind.SNAPSHOT),
          Map.entry("monthly snapshot", AggregationKind.SNAPSHOT),
          Map.entry("quarterly snapshot", AggregationKind.SNAPSHOT),
          Map.entry("year to date snapshot", AggregationKind.SNAPSHOT),
          Map.entry("year to date average", AggregationKind.YEAR_TO_DATE_AVERAGE),
          Map.entry("ytd average", AggregationKind.YEAR_TO_DATE_AVERAGE),
          Map.entry("rolling quarter", AggregationKind.ROLLING_QUARTER),
          Map.entry("rolling 3 months", AggregationKind.ROLLING_QUARTER),
          Map.entry("rolling 12 months", AggregationKind.ROLLING_12_MONTHS),
          Map.entry("rolling year", AggregationKind.ROLLING_12_MONTHS));

  public AggregationLabel {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(kind, "kind");
    notes = List.copyOf(notes);
  }

  /**
   * Reads a printed label.
   *
   * @throws IllegalArgumentException with the reason, when the text is blank or names no known
   *     aggregation
   */
  public static AggregationLabel read(String printed) {
    if (printed == null || printed.isBlank()) {
      throw new IllegalArgumentException(
          "there is no label: say which aggregation applies and why");
    }
    String text = printed.strip().replaceAll("\\s+", " ");
    List<String> notes = new ArrayList<>();
    String words = unwrap(text, notes);
    AggregationKind kind = WORDS.get(words.toLowerCase(Locale.UK));
    if (kind == null) {
      throw new IllegalArgumentException(
          "'" + printed.strip() + "' names no aggregation this reader knows " + known());
    }
    if (words.equalsIgnoreCase("year to date snapshot")) {
      notes.add(
          "'Year to date Snapshot' is read as a snapshot: the figure reported for the month is"
              + " the one entered for it, not a sum or a mean");
    }
    return new AggregationLabel(printed, kind, notes);
  }

  private static String unwrap(String text, List<String> notes) {
    boolean round = text.startsWith("(") && text.endsWith(")");
    boolean square = text.startsWith("[") && text.endsWith("]");
    if (!round && !square) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a label: a label is in square brackets, as in [Cumulative]");
    }
    if (round) {
      notes.add("'" + text + "' is in round brackets, not square ones; read as a label");
    }
    String inner = text.substring(1, text.length() - 1);
    String bare = inner.replaceAll("[\\[\\]()]", " ").replaceAll("\\s+", " ").strip();
    if (!bare.equals(inner.strip())) {
      notes.add("'" + text + "' has stray brackets; read as '[" + bare + "]'");
    }
    return bare;
  }

  private static String known() {
    return "(known: [Cumulative], [Cumulative YTD], [Monthly Snapshot], [Year to date Snapshot],"
        + " [Year to date average], [Rolling Quarter], [Rolling 12 months])";
  }
}
