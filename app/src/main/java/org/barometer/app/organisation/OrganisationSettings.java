package org.barometer.app.organisation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.status.Tolerance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Settings for the whole organisation. */
@Repository
public class OrganisationSettings {

  /** Figures are due on this working day after their period ends, until an organisation says. */
  public static final int DEFAULT_DUE_WORKING_DAYS = 10;

  static final String TOLERANCE_KIND = "tolerance.kind";
  static final String TOLERANCE_VALUE = "tolerance.value";
  static final String DUE_WORKING_DAYS = "collection.due_working_days";
  public static final String ORGANISATION_NAME = "organisation.name";
  static final String COUNCILLORS_SEE_DRAFTS = "reports.councillors_see_drafts";

  private final JdbcClient jdbc;

  private final String configuredName;

  OrganisationSettings(
      JdbcClient jdbc,
      @org.springframework.beans.factory.annotation.Value(
              "${barometer.organisation.name:Barometer}")
          String configuredName) {
    this.jdbc = jdbc;
    this.configuredName = configuredName;
  }

  /** The organisation's own default tolerance, if it has set one. */
  public Optional<Tolerance> defaultTolerance() {
    Map<String, String> both = new HashMap<>();
    jdbc.sql("select key, value from organisation_setting where key in (?, ?)")
        .params(TOLERANCE_KIND, TOLERANCE_VALUE)
        .query((rs, row) -> both.put(rs.getString(1), rs.getString(2)))
        .list();
    Optional<String> kind = Optional.ofNullable(both.get(TOLERANCE_KIND));
    Optional<String> amount = Optional.ofNullable(both.get(TOLERANCE_VALUE));
    if (kind.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(amount.get());
    return Optional.of(
        "ABSOLUTE".equals(kind.get())
            ? new Tolerance.Absolute(number)
            : new Tolerance.Relative(number));
  }

  /**
   * The organisation's name, as reports print it: the setting {@code organisation.name}, or the
   * installation's {@code barometer.organisation.name} until one is stored.
   */
  public String organisationName() {
    return value(ORGANISATION_NAME).filter(n -> !n.isBlank()).orElse(configuredName);
  }

  /** The working day after a period ends on which its figures are due: the Nth. */
  public int dueWorkingDays() {
    return value(DUE_WORKING_DAYS).map(Integer::parseInt).orElse(DEFAULT_DUE_WORKING_DAYS);
  }

  /**
   * Whether councillors read a month's report before it is published. The role reads "drafts where
   * granted": until an administrator grants them, councillors see published editions only.
   */
  public boolean councillorsSeeDrafts() {
    return value(COUNCILLORS_SEE_DRAFTS).map(Boolean::parseBoolean).orElse(false);
  }

  public void put(String key, String value, String by, Instant at) {
    jdbc.sql(
            """
            insert into organisation_setting (key, value, changed_by, changed_at)
            values (?, ?, ?, ?)
            on conflict (key) do update
              set value = excluded.value, changed_by = excluded.changed_by,
                  changed_at = excluded.changed_at
            """)
        .params(key, value, by, Timestamp.from(at))
        .update();
  }

  /** Makes changes to the settings wait for each other until the end of the transaction. */
  void lockForChange() {
    jdbc.sql("select pg_advisory_xact_lock(7302)").query((rs, row) -> true).list();
  }

  private Optional<String> value(String key) {
    return jdbc.sql("select value from organisation_setting where key = ?")
        .param(key)
        .query(String.class)
        .optional();
  }
}
