package org.barometer.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on a real embedded PostgreSQL, in a fresh data folder for each Spring
 * context, with a known first administrator's password. Test classes with the same settings share
 * one context, and so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "barometer.embedded-database.data-folder=target/it-data/${random.uuid}",
      "barometer.admin.password=" + IntegrationTest.ADMIN_PASSWORD
    })
public @interface IntegrationTest {
  String ADMIN_PASSWORD = "correct-horse-battery-staple";
}
