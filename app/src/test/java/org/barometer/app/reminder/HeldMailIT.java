package org.barometer.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A copy restored from a backup, started with the live installation's mail settings and {@code
 * barometer.reminders.hold=true}, sends nothing on the morning reminders are due (Wednesday 11
 * January 2017, three working days before December 2016's figures are due).
 */
@IntegrationTest
class HeldMailIT {

  @RegisterExtension
  static final GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServerButHeld(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    registry.add("barometer.reminders.hold", () -> "true");
  }

  @TestConfiguration
  static class OnAReminderDay {
    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock(LocalDateTime.of(2017, 1, 11, 7, 0), ZoneId.of("Europe/London"));
    }
  }

  @Autowired SendNotices notices;
  @Autowired SettableClock clock;
  @Autowired UserAccounts accounts;
  @Autowired Indicators indicators;
  @Autowired Measurements measurements;
  @Autowired JdbcClient jdbc;

  @Test
  void sendsNoReminderWhileMailIsHeld() {
    long ann =
        accounts.add(
            "held.owner",
            "Ann Owner",
            "ann@example.gov.uk",
            "{noop}unused",
            Set.of(Role.DATA_OWNER),
            clock.instant());
    new StoredExamples(indicators, measurements).own("9", ann, clock.instant());

    NoticeRun run = notices.sendDue();

    assertThat(run).isEqualTo(new NoticeRun(NoticeRun.Outcome.MAIL_HELD, 0));
    assertThat(mail.getReceivedMessages()).isEmpty();
    assertThat(jdbc.sql("select count(*) from sent_notice").query(Integer.class).single()).isZero();
  }
}
