package org.barometer.app.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins counted by the address they came from, in PostgreSQL so that the count holds
 * across every node. Failures are counted over a window as long as the lock; at the limit the
 * address is refused until the lock ends, and counting starts again.
 */
@Repository
class SignInAddresses {

  private final JdbcClient jdbc;

  SignInAddresses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether sign-in from the address is refused at {@code now}. */
  boolean lockedAt(String address, Instant now) {
    return jdbc.sql(
            "select exists (select 1 from sign_in_address where address = ? and locked_until > ?)")
        .params(address, Timestamp.from(now))
        .query(Boolean.class)
        .single();
  }

  /**
   * Counts a failure from the address; the {@code threshold}-th within {@code lock} of the first
   * locks the address for {@code lock}. Rows that count nothing any more are removed.
   */
  void recordFailure(String address, int threshold, Duration lock, Instant now) {
    Timestamp at = Timestamp.from(now);
    Timestamp windowStart = Timestamp.from(now.minus(lock));
    jdbc.sql(
            """
            delete from sign_in_address
             where counting_since <= ? and (locked_until is null or locked_until <= ?)
            """)
        .params(windowStart, at)
        .update();
    jdbc.sql(
            """
            insert into sign_in_address as a (address, failures, counting_since)
            values (?, 1, ?)
            on conflict (address) do update
               set failures = a.failures + 1
            """)
        .params(address, at)
        .update();
    jdbc.sql(
            """
            update sign_in_address
               set locked_until = ?, failures = 0, counting_since = ?
             where address = ? and failures >= ?
            """)
        .params(Timestamp.from(now.plus(lock)), at, address, threshold)
        .update();
  }
}
