package org.barometer.app.reminder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;

/**
 * How the figures expected of one department for a month stand.
 *
 * @param name the department, or {@code All departments}
 * @param expected how many figures were expected
 * @param onTime submitted on or before the due day
 * @param late submitted after it
 * @param loaded loaded from history, when they came in not known
 * @param missing not yet submitted: none entered, a draft, or returned to the owner
 * @param awaitingApproval submitted, waiting for the performance team
 * @param approved approved
 */
public record Tally(
    String name,
    int expected,
    int onTime,
    int late,
    int loaded,
    int missing,
    int awaitingApproval,
    int approved) {

  static Tally none(String name) {
    return new Tally(name, 0, 0, 0, 0, 0, 0, 0);
  }

  /** This tally with one more expected figure. */
  Tally with(FigureTimeliness timeliness, Optional<StoredFigure> figure) {
    FigureState state = figure.map(StoredFigure::state).orElse(null);
    return new Tally(
        name,
        expected + 1,
        onTime + (timeliness == FigureTimeliness.ON_TIME ? 1 : 0),
        late + (timeliness == FigureTimeliness.LATE ? 1 : 0),
        loaded + (timeliness == FigureTimeliness.LOADED ? 1 : 0),
        missing + (timeliness == FigureTimeliness.MISSING ? 1 : 0),
        awaitingApproval + (state == FigureState.SUBMITTED ? 1 : 0),
        approved + (state == FigureState.APPROVED ? 1 : 0));
  }

  /** The sum of two tallies, under this one's name. */
  Tally plus(Tally other) {
    return new Tally(
        name,
        expected + other.expected,
        onTime + other.onTime,
        late + other.late,
        loaded + other.loaded,
        missing + other.missing,
        awaitingApproval + other.awaitingApproval,
        approved + other.approved);
  }

  /**
   * The share of expected figures that are in, as a whole percentage rounded half up, such as
   * {@code 88%}; {@code No figures expected} when none were.
   */
  public String completeness() {
    if (expected == 0) {
      return "No figures expected";
    }
    BigDecimal in = BigDecimal.valueOf(expected - missing);
    return in.multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(expected), 0, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }
}
