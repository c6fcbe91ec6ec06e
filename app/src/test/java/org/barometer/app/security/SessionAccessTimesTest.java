package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

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

  @Test
  void readsASessionOnceARequestAndAgainInTheNext() throws Exception {
    Counting repository = new Counting();
    MapSession stored = new MapSession();
    repository.save(stored);
    SessionAccessTimes sessions = new SessionAccessTimes(repository);
    SessionAccessTimes.Forgetting forgetting = new SessionAccessTimes.Forgetting();

    forgetting.doFilter(
        new MockHttpServletRequest(),
        new MockHttpServletResponse(),
        (request, response) -> {
          assertThat(sessions.findById(stored.getId())).isNotNull();
          // Spring Session's second commit, once the response is committed
          assertThat(sessions.findById(stored.getId()).getId()).isEqualTo(stored.getId());
          assertThat(sessions.findById("another")).isNull();
        });
    assertThat(repository.reads).as("the same session read once, another looked for").isEqualTo(2);

    forgetting.doFilter(
        new MockHttpServletRequest(),
        new MockHttpServletResponse(),
        (request, response) -> sessions.findById(stored.getId()));
    assertThat(repository.reads).as("the next request reads it afresh").isEqualTo(3);

    forgetting.doFilter(
        new MockHttpServletRequest(),
        new MockHttpServletResponse(),
        (request, response) -> {
          sessions.findById(stored.getId());
          sessions.deleteById(stored.getId());
          assertThat(sessions.findById(stored.getId())).as("signed out").isNull();
        });
  }

  /** Spring Session's own map of sessions, counting the sessions looked for. */
  private static final class Counting implements FindByIndexNameSessionRepository<MapSession> {

    private final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());
    int reads;

    @Override
    public MapSession createSession() {
      return sessions.createSession();
    }

    @Override
    public void save(MapSession session) {
      sessions.save(session);
    }

    @Override
    public MapSession findById(String id) {
      reads++;
      return sessions.findById(id);
    }

    @Override
    public void deleteById(String id) {
      sessions.deleteById(id);
    }

    @Override
    public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
      return Map.of();
    }
  }

  private static MapSession stored() {
    MapSession stored = new MapSession();
    stored.setMaxInactiveInterval(Duration.ofHours(8));
    stored.setLastAccessedTime(RECORDED);
    return stored;
  }
}
