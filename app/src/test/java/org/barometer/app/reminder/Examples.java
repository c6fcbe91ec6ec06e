package org.barometer.app.reminder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Placement;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccount;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.period.Period;

/** Indicators, people, figures and notices for the reminders' unit tests. */
final class Examples {

  static final Period DECEMBER_2016 = new MonthPeriod(YearMonth.of(2016, 12));

  private Examples() {}

  static IndicatorVersion indicator(String code, String name) {
    IndicatorDefinition definition =
        new IndicatorDefinition(
            code,
            name,
            "",
            "",
            Measure.of(Unit.PERCENTAGE, 2, Polarity.MAXIMISE, AggregationKind.SNAPSHOT),
            "",
            Placement.nowhere(),
            Optional.of(7L),
            false,
            Optional.empty(),
            false,
            "",
            "");
    return new IndicatorVersion(1, 1, definition, "admin", Instant.EPOCH, "");
  }

  static UserAccount owner(String displayName, String email) {
    return new UserAccount(
        7, "jo.owner", displayName, email, "{noop}x", true, 0, null, Set.of(Role.DATA_OWNER));
  }

  static Notice notice(NoticeKind kind, Optional<FigureState> state) {
    return new Notice(
        indicator("9", "Household waste reused, recycled and composted"),
        DECEMBER_2016,
        kind,
        LocalDate.of(2017, 1, 16),
        owner("Jo Bloggs", "jo.bloggs@example.gov.uk"),
        state);
  }

  /** A figure of December 2016 in the state, last submitted at the instant (or never: null). */
  static StoredFigure figure(FigureState state, Instant submittedAt) {
    return new StoredFigure(
        1,
        1,
        DECEMBER_2016,
        new Figure.Plain(new BigDecimal("50")),
        state,
        "",
        1,
        false,
        "jo.owner",
        Instant.EPOCH,
        0,
        "",
        "",
        null,
        submittedAt,
        "",
        null,
        null);
  }
}
