package org.barometer.app.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.indicator.Measure;

/**
 * A corporate performance indicator with its measure and everything printed about it.
 *
 * @param number its number in the source
 * @param newToReport whether the source marks it as new to the Monthly Performance Report
 * @param name its short name without the aggregation label
 * @param nameAsPrinted its short name as printed, label included, lines broken by a page joined
 * @param aggregationLabel the bracketed aggregation label as printed; empty when none is printed
 * @param polarityAsPrinted its polarity as printed: {@code Aim to Maximise}, {@code Goldilocks*}
 * @param measure how it is measured
 * @param latest the latest figure printed
 * @param owner its department and service, with the label as printed
 * @param committee the scrutiny committee that follows its department
 * @param aim its corporate aim, when assigned; the seed assigns none
 * @param comments the comments printed with it
 * @param notes what was noticed or decided in reading it
 */
public record Indicator(
    int number,
    boolean newToReport,
    String name,
    String nameAsPrinted,
    String aggregationLabel,
    String polarityAsPrinted,
    Measure measure,
    LatestFigure latest,
    Ownership owner,
    String committee,
    Optional<String> aim,
    String comments,
    List<String> notes) {

  public Indicator {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameAsPrinted, "nameAsPrinted");
    Objects.requireNonNull(aggregationLabel, "aggregationLabel");
    Objects.requireNonNull(polarityAsPrinted, "polarityAsPrinted");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(aim, "aim");
    comments = comments == null ? "" : comments;
    notes = List.copyOf(notes);
  }
}
