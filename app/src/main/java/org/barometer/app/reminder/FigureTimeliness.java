package org.barometer.app.reminder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;

/**
 * Whether an expected figure came in, and in time. A figure counts as in once it is submitted or
 * approved; a draft or a returned figure is still missing. It is on time when it was last submitted
 * on or before its due day. A figure loaded from history (the demo data, an import) was never
 * submitted through Barometer, so when it came in is not known.
 */
public enum FigureTimeliness {
  ON_TIME,
  LATE,
  LOADED,
  MISSING;

  /** The timeliness of a period's figure, due on {@code due}, with days in the zone. */
  public static FigureTimeliness of(Optional<StoredFigure> figure, LocalDate due, ZoneId zone) {
    if (figure.isEmpty() || !isIn(figure.get().state())) {
      return MISSING;
    }
    if (figure.get().submittedAt() == null) {
      return LOADED;
    }
    LocalDate submitted = LocalDate.ofInstant(figure.get().submittedAt(), zone);
    return submitted.isAfter(due) ? LATE : ON_TIME;
  }

  private static boolean isIn(FigureState state) {
    return state == FigureState.SUBMITTED || state == FigureState.APPROVED;
  }
}
