package org.barometer.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

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
 *
 * <p>It also keeps the session a request found until the request ends ({@link Forgetting}): Spring
 * Session commits a session twice, when the response is committed and when its filter ends, and the
 * first commit forgets the session, so the second read it again from the database, on every request
 * of a page longer than the response buffer.
 */
final class SessionAccessTimes implements FindByIndexNameSessionRepository<Session> {

  /** How stale the recorded last access may grow before a request records it again. */
  static final Duration RECORDED_EVERY = Duration.ofMinutes(1);

  /** The session the request on this thread found; {@link Forgetting} clears it. */
  private static final ThreadLocal<Recorded> FOUND = new ThreadLocal<>();

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
    Recorded kept = FOUND.get();
    if (kept != null && kept.getId().equals(id)) {
      return kept;
    }
    Session found = sessions.findById(id);
    if (found == null) {
      return null;
    }
    Recorded recorded = new Recorded(found);
    FOUND.set(recorded);
    return recorded;
  }

  @Override
  public void deleteById(String id) {
    FOUND.remove();
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
   * Forgets the session a request found when the request ends, around Spring Session's own filter,
   * so that no later request on the thread is given it.
   */
  static final class Forgetting extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      FOUND.remove();
      try {
        chain.doFilter(request, response);
      } finally {
        FOUND.remove();
      }
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

    @Bean
    FilterRegistrationBean<Forgetting> forgettingSessions() {
      FilterRegistrationBean<Forgetting> registration =
          new FilterRegistrationBean<>(new Forgetting());
      registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
      return registration;
    }
  }
}
