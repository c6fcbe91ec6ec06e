package org.barometer.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How Spring Session writes sessions to PostgreSQL. Several requests of one session may each add
 * the same attribute at once, such as the CSRF token of a session that had none; by default each
 * inserts it and all but the first fail on the table's key, a 500 for the person. PostgreSQL's own
 * statements insert an attribute or update the one another request stored first.
 */
@Configuration(proxyBeanMethods = false)
class SessionTables {

  @Bean
  PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesStoredOnceOrUpdated() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }
}
