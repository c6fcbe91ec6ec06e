package org.barometer.app.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.security.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My figures": every indicator a person may enter figures for, with its latest figure, the period
 * to enter next and whether it is due, overdue, submitted or returned today.
 */
@Service
public class MyFigures {

  private final Indicators indicators;
  private final Measurements measurements;
  private final Access access;
  private final Clock clock;
  private final OrganisationSettings settings;

  MyFigures(
      Indicators indicators,
      Measurements measurements,
      Access access,
      Clock clock,
      OrganisationSettings settings) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.access = access;
    this.clock = clock;
    this.settings = settings;
  }

  /** The rows for the person, in the register's order; none for who may enter nothing. */
  @Transactional(readOnly = true)
  public List<MyFigure> of(String user) {
    LocalDate today = LocalDate.now(clock);
    int dueWorkingDays = settings.dueWorkingDays();
    List<MyFigure> rows = new ArrayList<>();
    for (IndicatorVersion indicator : indicators.allCurrent()) {
      if (access.mayEnterFigures(user, indicator.definition().ownerUserId())) {
        rows.add(
            MyFigure.of(
                indicator, measurements.of(indicator.indicatorId()), today, dueWorkingDays));
      }
    }
    return rows;
  }
}
