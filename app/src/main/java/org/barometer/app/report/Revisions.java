package org.barometer.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;

/**
 * The figures corrected since an earlier edition: every figure that edition published whose
 * approved value is now different, and every figure for a period it covered that it did not have
 * (entered late). A figure taken back for correction and not yet approved again is left until it
 * is.
 */
final class Revisions {

  private Revisions() {}

  static List<ReportRevision> since(
      MonthlyReport earlier,
      List<ReportIndicator> now,
      Map<String, List<StoredFigure>> figuresByCode) {
    Map<String, ReportIndicator> published = new HashMap<>();
    earlier.indicators().forEach(i -> published.put(i.code(), i));
    List<ReportRevision> revisions = new ArrayList<>();
    for (ReportIndicator indicator : now) {
      ReportIndicator then = published.get(indicator.code());
      Map<String, ReportIndicator.HistoryPoint> before = new HashMap<>();
      if (then != null) {
        then.history().forEach(p -> before.put(p.period(), p));
      }
      for (ReportIndicator.HistoryPoint point : indicator.history()) {
        if (point.lastMonth().isAfter(earlier.month())) {
          continue;
        }
        ReportIndicator.HistoryPoint old = before.get(point.period());
        if (old != null && old.value().compareTo(point.value()) == 0) {
          continue;
        }
        StoredFigure stored = stored(figuresByCode.get(indicator.code()), point.period());
        revisions.add(
            new ReportRevision(
                indicator.code(),
                indicator.name(),
                point.period(),
                earlier.month(),
                old == null ? "Not published (entered late)" : old.shown(),
                point.shown(),
                reason(stored, old == null),
                stored == null ? "" : stored.enteredBy(),
                stored == null ? null : stored.decidedAt()));
      }
    }
    return revisions;
  }

  private static StoredFigure stored(List<StoredFigure> figures, String period) {
    if (figures == null) {
      return null;
    }
    return figures.stream()
        .filter(f -> f.state() == FigureState.APPROVED && f.period().label().equals(period))
        .findFirst()
        .orElse(null);
  }

  private static String reason(StoredFigure stored, boolean late) {
    if (stored != null && !stored.correctionReason().isBlank()) {
      return stored.correctionReason();
    }
    return late ? "Approved after the edition was published" : "No reason recorded";
  }
}
