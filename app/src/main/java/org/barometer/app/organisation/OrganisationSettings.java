package org.barometer.app.organisation;

import java.math.BigDecimal;
import java.util.Optional;
import org.barometer.core.status.Tolerance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Settings for the whole organisation. */
@Repository
public class OrganisationSettings {

  static final String TOLERANCE_KIND = "tolerance.kind";
  static final String TOLERANCE_VALUE = "tolerance.value";

  private final JdbcClient jdbc;

  OrganisationSettings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The organisation's own default tolerance, if it has set one. */
  public Optional<Tolerance> defaultTolerance() {
    Optional<String> kind = value(TOLERANCE_KIND);
    Optional<String> amount = value(TOLERANCE_VALUE);
    if (kind.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(amount.get());
    return Optional.of(
        "ABSOLUTE".equals(kind.get())
            ? new Tolerance.Absolute(number)
            : new Tolerance.Relative(number));
  }

  private Optional<String> value(String key) {
    return jdbc.sql("select value from organisation_setting where key = ?")
        .param(key)
        .query(String.class)
        .optional();
  }
}
