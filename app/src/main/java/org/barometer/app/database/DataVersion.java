package org.barometer.app.database;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The register's and the organisation's change counter in PostgreSQL ({@code data_version}, moved
 * by triggers when a change to them commits, on whichever node). What a node caches from those
 * tables it keeps with the counter it was read at ({@link VersionedCache}), and uses only while the
 * counter has not moved.
 */
@Component
public class DataVersion {

  private static final String READ_IN_REQUEST = DataVersion.class.getName() + ".read";

  private final JdbcClient jdbc;

  DataVersion(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The counter now. A GET or HEAD request, which changes none of the tables behind it, reads it
   * once and answers from one version throughout.
   */
  public long current() {
    HttpServletRequest request = readingRequest();
    if (request != null && request.getAttribute(READ_IN_REQUEST) instanceof Long known) {
      return known;
    }
    long now = jdbc.sql("select version from data_version").query(Long.class).single();
    if (request != null) {
      request.setAttribute(READ_IN_REQUEST, now);
    }
    return now;
  }

  /** A cache of at most {@code capacity} values read from the tables behind the counter. */
  public <K, V> VersionedCache<K, V> cache(int capacity) {
    return new VersionedCache<>(this, capacity);
  }

  private static HttpServletRequest readingRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      String method = servlet.getRequest().getMethod();
      if ("GET".equals(method) || "HEAD".equals(method)) {
        return servlet.getRequest();
      }
    }
    return null;
  }
}
