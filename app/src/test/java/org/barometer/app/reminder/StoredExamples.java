package org.barometer.app.reminder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.core.measurement.Figure;

/** Owners and December 2016 figures in the register, for the reminders' integration tests. */
record StoredExamples(Indicators indicators, Measurements measurements) {

  /**
   * Makes the person the indicator's owner, as a new version of its definition, unless they are.
   */
  void own(String code, long userId, Instant at) {
    IndicatorVersion indicator = indicators.currentByCode(code).orElseThrow();
    if (!indicator.definition().ownerUserId().equals(Optional.of(userId))) {
      indicators.revise(
          indicator.indicatorId(),
          indicator.version(),
          indicator.definition().withOwner(Optional.of(userId)),
          "admin",
          at,
          "Owner for the reminder tests");
    }
  }

  /** Adds the indicator's December 2016 figure in the state; returns its id. */
  long enterDecember(String code, FigureState state, Instant at) {
    IndicatorVersion indicator = indicators.currentByCode(code).orElseThrow();
    return measurements.add(
        indicator.indicatorId(),
        Examples.DECEMBER_2016,
        new Figure.Plain(new BigDecimal("50")),
        state,
        "As expected",
        indicator.version(),
        false,
        "owner",
        at);
  }
}
