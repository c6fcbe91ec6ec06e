package org.barometer.app.api;

import java.util.ArrayList;
import java.util.List;
import org.barometer.core.statistics.Segment;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;

/** Plain-English remarks on an analysis: what is not shown and why, and what shaped the limits. */
final class SpcNotes {

  private final SpcResult result;
  private final SpcSettings settings;
  private final List<String> notes = new ArrayList<>();

  private SpcNotes(SpcResult result) {
    this.result = result;
    this.settings = result.settings();
  }

  static List<String> of(SpcResult result) {
    SpcNotes notes = new SpcNotes(result);
    notes.fewPoints();
    notes.gaps();
    notes.periods();
    notes.segments();
    notes.polarity();
    notes.assurance();
    return List.copyOf(notes.notes);
  }

  private void fewPoints() {
    Segment latest = result.latest();
    if (!latest.limitsShown() && settings.minimumPoints() != null) {
      notes.add(
          "Fewer than "
              + settings.minimumPoints()
              + " points"
              + (result.segments().size() > 1 ? " in the latest period" : "")
              + " ("
              + latest.limitPoints()
              + "): limits, colours and icons are not shown");
    }
  }

  private void gaps() {
    int missing = result.series().size() - result.series().count();
    if (missing > 0) {
      notes.add(
          "The series has "
              + (missing == 1 ? "a gap" : missing + " gaps")
              + ": moving ranges are not taken across a gap, so the limits cover contiguous"
              + " data only");
    }
  }

  private void periods() {
    if (!settings.recalculateAt().isEmpty()) {
      notes.add(
          "The limits are recalculated from "
              + (settings.recalculateAt().size() == 1 ? "index " : "indices ")
              + joined(settings.recalculateAt())
              + ": each point is judged against its own period's mean and limits, and runs of"
              + " points "
              + (settings.multiPointRulesCrossRecalculations() ? "may span" : "stop at")
              + " a recalculation");
    }
    if (settings.baselinePoints() != null) {
      notes.add(
          "The first period's mean and limits come from its first "
              + settings.baselinePoints()
              + " points (the baseline) and are extended to its later points");
    }
    if (settings.fixAfterNPoints() != null) {
      notes.add(
          "Each period's mean and limits come from its first "
              + settings.fixAfterNPoints()
              + " points, once it has that many");
    }
  }

  private void segments() {
    List<Segment> segments = result.segments();
    boolean several = segments.size() > 1;
    for (int p = 0; p < segments.size(); p++) {
      Segment segment = segments.get(p);
      String which = several ? "In the period at indices " + range(segment) + ", " : "";
      String its = several ? "its" : "the";
      if (segment.points() == 0) {
        notes.add(which + "there are no values: no mean and no limits");
        continue;
      }
      if (several && p < segments.size() - 1 && !segment.limitsShown()) {
        notes.add(
            which
                + "there are fewer than "
                + settings.minimumPoints()
                + " points: its limits and colours are not shown");
      }
      if (segment.screenedOut() > 0) {
        notes.add(
            which
                + segment.screenedOut()
                + (segment.screenedOut() == 1 ? " moving range was" : " moving ranges were")
                + " at least 3.267 times the average and left out of it");
      }
      if (segment.limitsShown() && segment.upperLimit().compareTo(segment.mean()) == 0) {
        notes.add(
            capital(which + "every moving range is zero: " + its + " limits lie on the mean"));
      }
    }
  }

  private void polarity() {
    if (result.polarity() == SpcPolarity.NEITHER) {
      notes.add(
          "Polarity neither: every signal is special cause \"neither\", neither improvement nor"
              + " concern");
    }
  }

  private void assurance() {
    if (!result.latest().limitsShown()) {
      return;
    }
    if (result.target() == SpcTarget.none()) {
      notes.add("No target: no assurance icon");
    } else if (result.polarity() == SpcPolarity.NEITHER
        && result.target() instanceof SpcTarget.Single) {
      notes.add(
          "Polarity neither with a single target: no assurance icon; give target_range for a"
              + " range to stay within");
    }
  }

  private static String range(Segment segment) {
    return segment.firstIndex() + " to " + segment.lastIndex();
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String joined(List<Integer> indices) {
    List<String> words = indices.stream().map(String::valueOf).toList();
    return String.join(", ", words);
  }
}
