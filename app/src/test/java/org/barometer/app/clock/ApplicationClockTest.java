package org.barometer.app.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant SYSTEM_NOW = Instant.parse("2026-12-08T00:54:00Z");

  @Test
  void withoutAnAsOfDateReadsTheSystemClockInTheCouncilsZone() {
    Clock clock = ApplicationClock.of(LONDON, "", Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC));

    assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
    assertThat(clock.getZone()).isEqualTo(LONDON);
  }

  @Test
  void startsAtTheAsOfLocalTimeAndRunsForward() {
    Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    Clock clock = ApplicationClock.of(LONDON, "2017-06-15T10:00", system);
    Clock later = Clock.offset(clock, Duration.ofMinutes(5));

    assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2017, 6, 15, 10, 0));
    assertThat(LocalDateTime.now(later)).isEqualTo(LocalDateTime.of(2017, 6, 15, 10, 5));
  }

  @Test
  void movesWithTheSystemClock() {
    MovingClock system = new MovingClock(SYSTEM_NOW);
    Clock clock = ApplicationClock.of(LONDON, "2017-01-20T10:00", system);

    system.now = SYSTEM_NOW.plus(Duration.ofHours(2));

    assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2017, 1, 20, 12, 0));
  }

  @Test
  void aDateAloneStartsAtItsMidnight() {
    Clock clock =
        ApplicationClock.of(LONDON, "2016-12-15", Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC));

    assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2016, 12, 15, 0, 0));
  }

  @Test
  void refusesWhatIsNotADateNamingTheSetting() {
    assertThatThrownBy(
            () ->
                ApplicationClock.of(LONDON, "15/12/2016", Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("barometer.clock.as-of")
        .hasMessageContaining("\"15/12/2016\"");
  }

  @Test
  void theDemoRunsAsOfItsOwnDayUnlessTheClockIsSetOrTheDemoIsOff() {
    assertThat(ApplicationClock.start("", true, ApplicationClock.DEMO_DEFAULT))
        .isEqualTo("2016-12-15T09:00");
    assertThat(ApplicationClock.start("2017-01-20T10:00", true, ApplicationClock.DEMO_DEFAULT))
        .isEqualTo("2017-01-20T10:00");
    assertThat(ApplicationClock.start("", false, ApplicationClock.DEMO_DEFAULT)).isEmpty();
    assertThat(ApplicationClock.start(" ", true, "")).isEmpty();
  }

  @Test
  void everyPageSaysWhenTheApplicationRunsAsOfAnotherDay() {
    assertThat(new RunsAsOf("2016-12-15T09:00", true).banner())
        .isEqualTo(
            "This demonstration runs as of Thursday 15 December 2016, not today: its figures, due"
                + " dates and actions are seen as on that day.");
    assertThat(new RunsAsOf("2016-12-15T09:00", true).tag()).isEqualTo("Demo");
    assertThat(new RunsAsOf("2017-01-20", false).banner())
        .startsWith("This installation runs as of Friday 20 January 2017");
    assertThat(new RunsAsOf("", false).banner()).isNull();
  }

  private static final class MovingClock extends Clock {
    private volatile Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      MovingClock self = this;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return self.withZone(other);
        }

        @Override
        public Instant instant() {
          return self.now;
        }
      };
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
