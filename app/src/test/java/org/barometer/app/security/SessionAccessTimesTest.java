package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class SessionAccessTimesTest {

  private static final Instant RECORDED = Instant.parse("2016-11-30T09:00:00Z");

  @Test
  void leavesTheRecordedAccessWithinAMinuteOfIt() {
    MapSession stored = stored();
    SessionAccessTimes.Recorded session = new SessionAccessTimes.Recorded(stored);

    session.setLastAccessedTime(RECORDED.plusSeconds(59));

    assertThat(stored.getLastAccessedTime()).isEqualTo(RECORDED);
  }

  @Test
  void recordsTheAccessAMinuteOrMoreAfterTheRecordedOne() {
    MapSession stored = stored();
    SessionAccessTimes.Recorded session = new SessionAccessTimes.Recorded(stored);

    session.setLastAccessedTime(RECORDED.plusSeconds(60));

    assertThat(stored.getLastAccessedTime()).isEqualTo(RECORDED.plusSeconds(60));
  }

  @Test
  void passesEveryOtherChangeOn() {
    MapSession stored = stored();
    SessionAccessTimes.Recorded session = new SessionAccessTimes.Recorded(stored);

    session.setAttribute("a", "b");
    session.setMaxInactiveInterval(Duration.ofHours(1));
    String id = session.changeSessionId();

    assertThat(stored.<String>getAttribute("a")).isEqualTo("b");
    assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(stored.getId()).isEqualTo(id);
    session.removeAttribute("a");
    assertThat(stored.getAttributeNames()).isEmpty();
  }

  private static MapSession stored() {
    MapSession stored = new MapSession();
    stored.setMaxInactiveInterval(Duration.ofHours(8));
    stored.setLastAccessedTime(RECORDED);
    return stored;
  }
}
