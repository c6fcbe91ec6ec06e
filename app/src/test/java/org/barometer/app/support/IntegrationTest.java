package org.barometer.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test on a real PostgreSQL (the embedded one, or an external one when {@code
 * SPRING_DATASOURCE_URL} is set), with a database of its own for each Spring context ({@link
 * IsolatedDatabase}), a known first administrator's password and no scheduled reminders. Test
 * classes with the same settings share one context, and so one database.
 *
 * <p>Every context runs on a stated day, never on the day the tests run: the application's clock
 * starts at {@link #AS_OF}, Friday 20 January 2017 at 10:00 in London, and runs forward from there.
 * That is after December 2016's figures were due (Monday 16 January, the 10th working day), so the
 * timeliness page has its overdue figures, and every month the demo data and the tests enter has
 * ended. A test that needs another day gives its context a {@code @Primary} {@link SettableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "barometer.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
      "barometer.clock.as-of=" + IntegrationTest.AS_OF,
      // Throw-away databases need not survive a power cut: the embedded one runs without fsync
      // here, and only here (EmbeddedDatabaseCrashIT checks the default is durable).
      "barometer.embedded-database.durable=false",
      // Scheduled reminders are off; a test that needs them calls SendNotices itself.
      "barometer.reminders.cron=-",
      // Every context keeps its pool while the suite runs: small pools keep the contexts under
      // an external PostgreSQL's 100 connections.
      "spring.datasource.hikari.maximum-pool-size=4",
      "spring.datasource.hikari.minimum-idle=1"
    })
@ContextConfiguration(initializers = IsolatedDatabase.class)
public @interface IntegrationTest {
  String ADMIN_PASSWORD = "correct-horse-battery-staple";

  /** The local date and time at which every test context's clock starts. */
  String AS_OF = "2017-01-20T10:00";
}
