package org.barometer.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Records when a session was last used at most once a minute, rather than on every request.
 *
 * <p>Spring Session sets a session's last access time on every request, and Spring Session JDBC
 * then writes its row on every request, in a transaction of its own (three statements), even when
 * nothing in the session changed. Here a request within a minute of the recorded access leaves the
 * time as it is, so a request that changes nothing in its session writes nothing; any other change
 * (an attribute, the id, the timeout) is written as before. The idle timeout ({@code
 * spring.session.timeout}) counts from the recorded access, so a session left idle ends between the
 * timeout less a minute and the timeout after its last request.
 */
final class SessionAccessTimes implements FindByIndexNameSessionRepository<Session> {

  /** How stale the recorded last access may grow before a request records it again. */
  static final Duration RECORDED_EVERY = Duration.ofMinutes(1);

  private final FindByIndexNameSessionRepository<Session> sessions;

  @SuppressWarnings("unchecked")
  SessionAccessTimes(FindByIndexNameSessionRepository<? extends Session> sessions) {
    // Every session given back to it is one it made or found, of its own type.
    this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
  }

  @Override
  public Session createSession() {
    return sessions.createSession();
  }

  @Override
  public void save(Session session) {
    sessions.save(session instanceof Recorded recorded ? recorded.session : session);
  }

  @Override
  public Session findById(String id) {
    Session found = sessions.findById(id);
    return found == null ? null : new Recorded(found);
  }

  @Override
  public void deleteById(String id) {
    sessions.deleteById(id);
  }

  @Override
  public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
    Map<String, Session> found = new LinkedHashMap<>();
    sessions
        .findByIndexNameAndIndexValue(indexName, indexValue)
        .forEach((id, session) -> found.put(id, new Recorded(session)));
    return found;
  }

  /** A stored session whose last access is recorded only when the recorded one is a minute old. */
  static final class Recorded implements Session {

    private final Session session;

    Recorded(Session session) {
      this.session = session;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(RECORDED_EVERY))) {
        session.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public String changeSessionId() {
      return session.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return session.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      session.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      session.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return session.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return session.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return session.isExpired();
    }
  }

  /**
   * Puts the wrapper around the repository Spring Boot configures (timeout, table, clean-up of
   * expired sessions all as configured), so that the session filter uses it.
   */
  @Configuration(proxyBeanMethods = false)
  static class Wrapping {

    @Bean
    static BeanPostProcessor sessionAccessTimes() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          return bean instanceof JdbcIndexedSessionRepository jdbc
              ? new SessionAccessTimes(jdbc)
              : bean;
        }
      };
    }
  }
}
