package org.barometer.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelinessTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate DUE = LocalDate.of(2017, 1, 16);

  @ParameterizedTest(name = "{0}, last submitted at {1}: {2}")
  @CsvSource({
    "SUBMITTED, 2017-01-16T23:59:00Z, ON_TIME",
    "APPROVED, 2017-01-10T09:00:00Z, ON_TIME",
    "SUBMITTED, 2017-01-17T00:01:00Z, LATE",
    "APPROVED, 2017-02-01T09:00:00Z, LATE",
    "DRAFT, , MISSING",
    "RETURNED, 2017-01-10T09:00:00Z, MISSING",
    "APPROVED, , LOADED"
  })
  void judgesAFigureByWhenItWasLastSubmitted(
      FigureState state, Instant submitted, FigureTimeliness expected) {
    StoredFigure figure = Examples.figure(state, submitted);

    assertThat(FigureTimeliness.of(Optional.of(figure), DUE, LONDON)).isEqualTo(expected);
  }

  @Test
  void countsTheDayInTheOrganisationsTimeZone() {
    // 23:30 UTC on 18 April is half past midnight on the 19th in London, in summer time.
    StoredFigure figure =
        Examples.figure(FigureState.SUBMITTED, Instant.parse("2017-04-18T23:30:00Z"));

    assertThat(FigureTimeliness.of(Optional.of(figure), LocalDate.of(2017, 4, 18), LONDON))
        .isEqualTo(FigureTimeliness.LATE);
  }

  @Test
  void aFigureNeverEnteredIsMissing() {
    assertThat(FigureTimeliness.of(Optional.empty(), DUE, LONDON))
        .isEqualTo(FigureTimeliness.MISSING);
  }

  @Test
  void talliesEachExpectedFigureAndItsState() {
    Optional<StoredFigure> onTimeAwaiting =
        Optional.of(Examples.figure(FigureState.SUBMITTED, Instant.parse("2017-01-12T10:00:00Z")));
    Optional<StoredFigure> lateApproved =
        Optional.of(Examples.figure(FigureState.APPROVED, Instant.parse("2017-01-20T10:00:00Z")));

    Tally tally =
        Tally.none("Place")
            .with(FigureTimeliness.ON_TIME, onTimeAwaiting)
            .with(FigureTimeliness.LATE, lateApproved)
            .with(FigureTimeliness.MISSING, Optional.empty());

    assertThat(tally)
        .isEqualTo(new Tally("Place", 3, 1, 1, 0, 1, 1, 1))
        .extracting(Tally::completeness)
        .isEqualTo("67%");
  }

  @ParameterizedTest(name = "{1} of {0} in: {2}")
  @CsvSource({"8, 7, 88%", "3, 3, 100%", "3, 0, 0%", "0, 0, No figures expected"})
  void givesCompletenessAsAWholePercentageRoundedHalfUp(int expected, int in, String completeness) {
    Tally tally = new Tally("People", expected, in, 0, 0, expected - in, 0, in);

    assertThat(tally.completeness()).isEqualTo(completeness);
  }

  @Test
  void addsTalliesUnderTheFirstOnesName() {
    Tally total =
        Tally.none("All departments")
            .plus(new Tally("People", 2, 1, 0, 0, 1, 1, 0))
            .plus(new Tally("Place", 3, 0, 1, 1, 1, 0, 2));

    assertThat(total).isEqualTo(new Tally("All departments", 5, 1, 1, 1, 2, 1, 2));
  }
}
