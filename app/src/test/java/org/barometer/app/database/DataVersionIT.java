package org.barometer.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The change counter moves with every committed change to the register, and only then. */
@IntegrationTest
class DataVersionIT {

  @Autowired DataVersion version;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void movesOnceForATransactionThatChangesTheRegisterAndNotForOneRolledBack() {
    long before = version.current();
    long sequence = sequence();

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              touchIndicators();
              touchIndicators();
              assertThat(version.current()).as("not before the commit").isEqualTo(before);
            });

    long after = version.current();
    assertThat(after).isNotEqualTo(before);
    assertThat(sequence()).isEqualTo(sequence + 1);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              touchIndicators();
              status.setRollbackOnly();
            });
    assertThat(version.current()).isEqualTo(after);
  }

  @Test
  void movesForAChangeOutsideATransactionToo() {
    long before = version.current();

    jdbc.sql("update organisation_setting set value = value").update();
    jdbc.sql("update measurement set state = state where id = (select min(id) from measurement)")
        .update();

    assertThat(version.current()).isNotEqualTo(before);
  }

  @Test
  void movesForTheActionsAndForWhatPagesShowOfPeopleButNotForSigningIn() {
    for (String change :
        new String[] {
          "update action set note = note where id = (select min(id) from action)",
          "update action_milestone set position = position"
              + " where id = (select min(id) from action_milestone)",
          "update action_lead set action_id = action_id",
          "update user_role set role = role",
          "update user_account set display_name = display_name"
        }) {
      long before = version.current();
      assertThat(jdbc.sql(change).update()).as(change).isPositive();
      assertThat(version.current()).as(change).isNotEqualTo(before);
    }

    long before = version.current();
    jdbc.sql("update user_account set failed_logins = failed_logins, locked_until = locked_until")
        .update();
    assertThat(version.current()).as("a sign-in's counters").isEqualTo(before);
  }

  @Test
  void aCacheReadsAgainAfterACommittedChangeAndNotBefore() {
    VersionedCache<String, Integer> cache = version.cache(10);
    AtomicInteger reads = new AtomicInteger();

    cache.get("a", k -> reads.incrementAndGet());
    cache.get("a", k -> reads.incrementAndGet());
    assertThat(reads).hasValue(1);

    jdbc.sql("update status_override set reason = reason").update();
    touchIndicators();
    assertThat(cache.get("a", k -> reads.incrementAndGet())).isEqualTo(2);
    assertThat(cache.get("a", k -> reads.incrementAndGet())).isEqualTo(2);
  }

  @Test
  void aCacheIsPassedByInsideATransaction() {
    VersionedCache<String, Integer> cache = version.cache(10);
    AtomicInteger reads = new AtomicInteger();
    cache.get("a", k -> reads.incrementAndGet());

    Integer inside =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  touchIndicators();
                  return cache.get("a", k -> reads.incrementAndGet());
                });

    assertThat(inside).isEqualTo(2);
    assertThat(cache.get("a", k -> reads.incrementAndGet())).isEqualTo(3);
  }

  private void touchIndicators() {
    jdbc.sql("update indicator set code = code where id = (select min(id) from indicator)")
        .update();
  }

  private long sequence() {
    return jdbc.sql("select last_value from data_version_sequence").query(Long.class).single();
  }
}
