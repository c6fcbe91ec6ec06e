package org.barometer.app.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.organisation.OrganisationUnit;
import org.barometer.app.security.UserAccount;
import org.barometer.app.security.UserAccounts;
import org.barometer.core.calendar.WorkingDays;
import org.barometer.core.period.Period;
import org.springframework.stereotype.Component;

/**
 * The performance team's view of a month's figures: how many each department was expected to send,
 * how many came in on time, late or not yet, how many wait for approval or are approved, and which
 * are overdue with their owners.
 */
@Component
public class ReadTimeliness {

  static final String NO_DEPARTMENT = "No department";

  private final Indicators indicators;
  private final Measurements measurements;
  private final OrganisationStructure structure;
  private final OrganisationSettings settings;
  private final UserAccounts accounts;
  private final SentNotices sent;
  private final Clock clock;

  ReadTimeliness(
      Indicators indicators,
      Measurements measurements,
      OrganisationStructure structure,
      OrganisationSettings settings,
      UserAccounts accounts,
      SentNotices sent,
      Clock clock) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.structure = structure;
    this.settings = settings;
    this.accounts = accounts;
    this.sent = sent;
    this.clock = clock;
  }

  /** The latest month that has ended: the month before today's. */
  public YearMonth latestEndedMonth() {
    return YearMonth.now(clock).minusMonths(1);
  }

  /** The figures of the periods that end in the month, by department. */
  public TimelinessReport read(YearMonth month) {
    LocalDate due = WorkingDays.dueDate(month, settings.dueWorkingDays());
    boolean pastDue = LocalDate.now(clock).isAfter(due);
    Map<Long, StoredFigure> figures =
        measurements.endingIn(month).stream()
            .collect(Collectors.toMap(StoredFigure::indicatorId, Function.identity()));
    Map<Optional<Long>, Tally> tallies = emptyTallies();
    List<Overdue> overdue = new ArrayList<>();
    for (IndicatorVersion indicator : indicators.allCurrent()) {
      Period period = indicator.definition().measure().frequency().periodContaining(month);
      if (!period.lastMonth().equals(month)) {
        continue;
      }
      Optional<StoredFigure> figure =
          Optional.ofNullable(figures.get(indicator.indicatorId()))
              .filter(f -> f.period().equals(period));
      FigureTimeliness timeliness = FigureTimeliness.of(figure, due, clock.getZone());
      Optional<Long> department = indicator.definition().placement().departmentId();
      tallies.computeIfPresent(department, (d, tally) -> tally.with(timeliness, figure));
      if (pastDue && timeliness == FigureTimeliness.MISSING) {
        overdue.add(overdue(indicator, period, tallies.get(department).name(), figure));
      }
    }
    List<Tally> departments =
        tallies.values().stream().filter(tally -> tally.expected() > 0).toList();
    Tally total = departments.stream().reduce(Tally.none("All departments"), Tally::plus);
    return new TimelinessReport(month, due, pastDue, departments, total, overdue);
  }

  /** A tally for each department in the organisation's order, then one for no department. */
  private Map<Optional<Long>, Tally> emptyTallies() {
    Map<Optional<Long>, Tally> tallies = new LinkedHashMap<>();
    for (OrganisationUnit department : structure.departments()) {
      tallies.put(Optional.of(department.id()), Tally.none(department.name()));
    }
    tallies.put(Optional.empty(), Tally.none(NO_DEPARTMENT));
    return tallies;
  }

  private Overdue overdue(
      IndicatorVersion indicator, Period period, String department, Optional<StoredFigure> figure) {
    String owner =
        indicator
            .definition()
            .ownerUserId()
            .flatMap(accounts::byId)
            .map(UserAccount::displayName)
            .orElse("No owner");
    String state =
        figure
            .map(
                f ->
                    f.state().name().charAt(0)
                        + f.state().name().substring(1).toLowerCase(Locale.UK))
            .orElse("No figure");
    return new Overdue(
        indicator.definition().code(),
        indicator.definition().name(),
        department,
        owner,
        state,
        sent.lastSent(indicator.indicatorId(), period, NoticeKind.CHASE)
            .map(at -> LocalDate.ofInstant(at, clock.getZone())));
  }
}
