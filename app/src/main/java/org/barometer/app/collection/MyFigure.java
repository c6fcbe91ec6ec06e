package org.barometer.app.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.core.calendar.WorkingDays;
import org.barometer.core.period.Period;

/**
 * One row of "my figures": an indicator its owner may enter, its latest figure and the next period
 * to enter.
 *
 * @param indicator the indicator
 * @param latest its latest figure, in whatever state
 * @param next the period after the latest figure's, to enter next
 * @param timeliness where the figure to enter next stands: awaited, due, overdue, submitted,
 *     returned (domain.md section 12)
 */
public record MyFigure(
    IndicatorVersion indicator,
    Optional<StoredFigure> latest,
    Optional<Period> next,
    String timeliness) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * The row for an indicator on {@code today}, when a figure is due on the {@code dueWorkingDays}th
   * working day after its period ends.
   */
  static MyFigure of(
      IndicatorVersion indicator, List<StoredFigure> figures, LocalDate today, int dueWorkingDays) {
    MyFigure row = of(indicator, figures, YearMonth.from(today).minusMonths(1));
    return new MyFigure(
        row.indicator, row.latest, row.next, row.timelinessOn(today, dueWorkingDays));
  }

  private static MyFigure of(
      IndicatorVersion indicator, List<StoredFigure> figures, YearMonth lastEnded) {
    Optional<StoredFigure> latest =
        figures.isEmpty() ? Optional.empty() : Optional.of(figures.get(figures.size() - 1));
    Optional<Period> next =
        Optional.of(
            latest
                .map(f -> nextAfter(f.period()))
                .orElseGet(
                    () -> indicator.definition().measure().frequency().latestEndedBy(lastEnded)));
    return new MyFigure(indicator, latest, next, "");
  }

  private String timelinessOn(LocalDate today, int dueWorkingDays) {
    Optional<Period> period = toEnter();
    if (period.isEmpty()) {
      return "";
    }
    Optional<FigureState> state =
        latest.filter(f -> f.period().equals(period.get())).map(StoredFigure::state);
    if (state.filter(s -> s == FigureState.SUBMITTED).isPresent()) {
      return "Submitted, awaiting approval";
    }
    if (state.filter(s -> s == FigureState.RETURNED).isPresent()) {
      return "Returned: put it right and submit it again";
    }
    LocalDate ends = period.get().lastMonth().atEndOfMonth();
    if (!today.isAfter(ends)) {
      return "Awaited: the period ends on " + DAY.format(ends);
    }
    LocalDate due = WorkingDays.dueDate(period.get().lastMonth(), dueWorkingDays);
    return today.isAfter(due)
        ? "Overdue: it was due on " + DAY.format(due)
        : "Due by " + DAY.format(due);
  }

  /** {@code Returned}, {@code Draft}, {@code Submitted}, {@code Approved} or {@code No figures}. */
  public String state() {
    return latest
        .map(f -> f.state().name().charAt(0) + f.state().name().substring(1).toLowerCase(Locale.UK))
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
