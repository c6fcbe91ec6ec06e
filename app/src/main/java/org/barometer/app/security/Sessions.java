package org.barometer.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The signed-in sessions, kept by Spring Session in PostgreSQL: ending them signs a person out on
 * every node at once.
 */
@Repository
class Sessions {

  private final JdbcClient jdbc;

  Sessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Signs the person out everywhere, so a disabled account or a removed role takes effect now. */
  void endAllOf(String username) {
    jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
  }
}
