package org.barometer.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
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
 * The reminders and chases go by SMTP, to a real mail server in the test (GreenMail), to the right
 * owners, once: running again, or on two nodes at once, sends nothing more. December 2016's figures
 * are due on Monday 16 January 2017; owners are reminded from Wednesday 11 January.
 */
@IntegrationTest
class ReminderMailIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @RegisterExtension
  static final GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    registry.add("barometer.reminders.from", () -> "performance@example.gov.uk");
    registry.add("barometer.reminders.site-url", () -> "https://barometer.example.gov.uk");
  }

  @TestConfiguration
  static class OnAChosenDay {
    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock(LocalDateTime.of(2017, 1, 11, 7, 0), LONDON);
    }
  }

  @Autowired SendNotices notices;
  @Autowired SettableClock clock;
  @Autowired UserAccounts accounts;
  @Autowired Indicators indicators;
  @Autowired Measurements measurements;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @BeforeEach
  void ownersAndNoNoticesYet() throws Exception {
    own("9", "ann.owner", "Ann Owner", "ann@example.gov.uk");
    own("31", "ann.owner", "Ann Owner", "ann@example.gov.uk");
    own("10", "bob.owner", "Bob Owner", "bob@example.gov.uk");
    own("12", "cat.owner", "Cat Owner", null);
    jdbc.sql("delete from sent_notice").update();
    jdbc.sql("delete from measurement where period_start = '2016-12-01'").update();
    mail.purgeEmailFromAllMailboxes();
  }

  @Test
  void remindsEachOwnerOnceFromThreeWorkingDaysBeforeTheDueDay() throws Exception {
    clock.set(LocalDateTime.of(2017, 1, 11, 7, 0));

    NoticeRun first = notices.sendDue();
    NoticeRun second = notices.sendDue();

    assertThat(first).isEqualTo(new NoticeRun(NoticeRun.Outcome.RAN, 3));
    assertThat(second).isEqualTo(new NoticeRun(NoticeRun.Outcome.RAN, 0));
    assertThat(sentTo())
        .containsExactlyInAnyOrder(
            "ann@example.gov.uk 9", "ann@example.gov.uk 31", "bob@example.gov.uk 10");
    MimeMessage toAnn = mailAbout("9");
    assertThat(toAnn.getFrom()[0].toString()).isEqualTo("performance@example.gov.uk");
    assertThat(toAnn.getSubject())
        .startsWith("Reminder: the December 2016 figure for indicator 9, ")
        .endsWith("is due by Monday 16 January 2017");
    assertThat(GreenMailUtil.getBody(toAnn))
        .contains("Dear Ann Owner,")
        .contains("https://barometer.example.gov.uk/indicators/9/figures/2016-12");
    assertThat(audit.about("indicator", "9"))
        .extracting(AuditEvent::action, AuditEvent::actor)
        .contains(tuple("reminder.sent", "system"));
    assertThat(
            jdbc.sql("select count(*) from sent_notice where sent_at is not null")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void remindsNobodyTheDayBeforeTheRemindersStart() throws Exception {
    clock.set(LocalDateTime.of(2017, 1, 10, 7, 0));

    NoticeRun run = notices.sendDue();

    assertThat(run.sent()).isZero();
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  @Test
  void chasesAfterTheDueDayOnlyTheFiguresNotSubmitted() throws Exception {
    enter("10", FigureState.SUBMITTED);
    enter("31", FigureState.DRAFT);
    clock.set(LocalDateTime.of(2017, 1, 17, 7, 0));

    NoticeRun run = notices.sendDue();

    assertThat(run.sent()).isEqualTo(2);
    assertThat(sentTo()).containsExactlyInAnyOrder("ann@example.gov.uk 9", "ann@example.gov.uk 31");
    assertThat(mailAbout("31").getSubject()).startsWith("Overdue: the December 2016 figure");
    assertThat(GreenMailUtil.getBody(mailAbout("31")))
        .contains("was due on Monday 16 January 2017 and has not been submitted.")
        .contains("Your draft is saved but has not been submitted for approval.");
  }

  @Test
  void aChaseNamesTheEarlierMissingFiguresToo() throws Exception {
    // given indicator 9's October and November 2016 figures are missing (left so for the class)
    jdbc.sql(
            "delete from measurement where indicator_id = (select id from indicator where code ="
                + " '9') and period_start in ('2016-10-01', '2016-11-01')")
        .update();
    clock.set(LocalDateTime.of(2017, 1, 17, 7, 0));

    notices.sendDue();

    assertThat(mailAbout("9").getContent().toString())
        .contains("The figures for these earlier periods are missing too, oldest first:")
        .contains("- October 2016: https://barometer.example.gov.uk/indicators/9/figures/2016-10")
        .contains("- November 2016: https://barometer.example.gov.uk/indicators/9/figures/2016-11");
    assertThat(mailAbout("31").getContent().toString()).doesNotContain("earlier periods");
  }

  @Test
  void chasesOnceAfterARemindAndNeverAgain() throws Exception {
    clock.set(LocalDateTime.of(2017, 1, 16, 7, 0));
    notices.sendDue();
    clock.set(LocalDateTime.of(2017, 1, 17, 7, 0));
    notices.sendDue();
    clock.set(LocalDateTime.of(2017, 1, 18, 7, 0));
    notices.sendDue();

    assertThat(mail.getReceivedMessages()).hasSize(6);
    assertThat(
            jdbc.sql("select kind, count(*) from sent_notice group by kind order by kind")
                .query((rs, row) -> rs.getString(1) + " " + rs.getInt(2))
                .list())
        .containsExactly("CHASE 3", "REMINDER 3");
  }

  @Test
  void twoNodesRunningAtOnceSendEachNoticeOnce() throws Exception {
    clock.set(LocalDateTime.of(2017, 1, 11, 7, 0));
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);

    List<Future<NoticeRun>> runs = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      runs.add(
          nodes.submit(
              () -> {
                together.await();
                return notices.sendDue();
              }));
    }
    int sent = 0;
    for (Future<NoticeRun> run : runs) {
      sent += run.get().sent();
    }
    nodes.shutdown();

    assertThat(sent).isEqualTo(3);
    assertThat(mail.getReceivedMessages()).hasSize(3);
    assertThat(sentTo()).doesNotHaveDuplicates();
  }

  @Test
  void skipsItsRunWhileAnotherNodeIsSending() throws Exception {
    clock.set(LocalDateTime.of(2017, 1, 11, 7, 0));

    NoticeRun whileLocked;
    try (Connection otherNode = dataSource.getConnection();
        Statement statement = otherNode.createStatement()) {
      statement.execute("select pg_advisory_lock(7303)");
      whileLocked = notices.sendDue();
      statement.execute("select pg_advisory_unlock(7303)");
    }
    NoticeRun after = notices.sendDue();

    assertThat(whileLocked).isEqualTo(new NoticeRun(NoticeRun.Outcome.ANOTHER_NODE_RUNNING, 0));
    assertThat(after).isEqualTo(new NoticeRun(NoticeRun.Outcome.RAN, 3));
    assertThat(mail.getReceivedMessages()).hasSize(3);
  }

  /** Each mail as its recipient and the indicator it is about. */
  private List<String> sentTo() throws Exception {
    List<String> sent = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      sent.add(
          message.getRecipients(Message.RecipientType.TO)[0].toString() + " " + codeOf(message));
    }
    return sent;
  }

  private MimeMessage mailAbout(String code) throws Exception {
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (codeOf(message).equals(code)) {
        return message;
      }
    }
    throw new AssertionError("No mail about indicator " + code);
  }

  private static String codeOf(MimeMessage message) throws Exception {
    return message.getSubject().replaceFirst(".* for indicator ([^,]+),.*", "$1");
  }

  private void own(String code, String username, String name, String email) {
    long userId =
        accounts
            .byUsername(username)
            .map(u -> u.id())
            .orElseGet(
                () ->
                    accounts.add(
                        username,
                        name,
                        email,
                        "{noop}unused",
                        Set.of(Role.DATA_OWNER),
                        clock.instant()));
    new StoredExamples(indicators, measurements).own(code, userId, clock.instant());
  }

  private void enter(String code, FigureState state) {
    new StoredExamples(indicators, measurements).enterDecember(code, state, clock.instant());
  }
}
