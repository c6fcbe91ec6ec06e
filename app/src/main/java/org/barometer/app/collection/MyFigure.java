package org.barometer.app.collection;

import java.util.List;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.core.period.Period;

/**
 * One row of "my figures": an indicator its owner may enter, its latest figure and the next period
 * to enter.
 *
 * @param indicator the indicator
 * @param latest its latest figure, in whatever state
 * @param next the period after the latest figure's, to enter next
 */
public record MyFigure(
    IndicatorVersion indicator, Optional<StoredFigure> latest, Optional<Period> next) {

  static MyFigure of(
      IndicatorVersion indicator, List<StoredFigure> figures, java.time.YearMonth lastEnded) {
    Optional<StoredFigure> latest =
        figures.isEmpty() ? Optional.empty() : Optional.of(figures.get(figures.size() - 1));
    Optional<Period> next =
        Optional.of(
            latest
                .map(f -> nextAfter(f.period()))
                .orElseGet(
                    () -> indicator.definition().measure().frequency().latestEndedBy(lastEnded)));
    return new MyFigure(indicator, latest, next);
  }

  /** {@code Returned}, {@code Draft}, {@code Submitted}, {@code Approved} or {@code No figures}. */
  public String state() {
    return latest
        .map(
            f ->
                f.state().name().charAt(0)
                    + f.state().name().substring(1).toLowerCase(java.util.Locale.UK))
        .orElse("No figures");
  }

  /** The period to link to: the latest if it is not yet approved, else the next. */
  public Optional<Period> toEnter() {
    if (latest.isPresent() && latest.get().state() != FigureState.APPROVED) {
      return Optional.of(latest.get().period());
    }
    return next;
  }

  private static Period nextAfter(Period period) {
    return period.frequency().periodContaining(period.lastMonth().plusMonths(1));
  }
}
