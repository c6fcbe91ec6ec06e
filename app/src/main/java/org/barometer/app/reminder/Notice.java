package org.barometer.app.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.security.UserAccount;
import org.barometer.core.period.Period;

/**
 * A reminder or a chase due to one person about one figure.
 *
 * @param indicator the indicator
 * @param period the period of the figure
 * @param kind reminder or chase
 * @param due the day the figure is due
 * @param to the person, with an email address
 * @param state the state of the figure, empty when none is entered
 * @param earlierMissing for a chase, the earlier periods whose figures are missing too, oldest
 *     first
 */
public record Notice(
    IndicatorVersion indicator,
    Period period,
    NoticeKind kind,
    LocalDate due,
    UserAccount to,
    Optional<FigureState> state,
    List<Period> earlierMissing) {

  /** The most earlier missing periods a chase names. */
  public static final int MOST_EARLIER_MISSING = 12;

  /** A notice about one period alone. */
  public Notice(
      IndicatorVersion indicator,
      Period period,
      NoticeKind kind,
      LocalDate due,
      UserAccount to,
      Optional<FigureState> state) {
    this(indicator, period, kind, due, to, state, List.of());
  }

  public Notice {
    earlierMissing = List.copyOf(earlierMissing);
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(to, "to");
    if (to.email() == null || to.email().isBlank()) {
      throw new IllegalArgumentException(to.username() + " has no email address");
    }
  }

  public String code() {
    return indicator.definition().code();
  }
}
