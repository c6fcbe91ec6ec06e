package org.barometer.app.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders on the schedule {@code barometer.reminders.cron} on every node (the run itself
 * makes sure that only one sends), and says at start-up whether they go out by mail.
 */
@Component
class NoticeSchedule {

  private static final Logger log = LoggerFactory.getLogger(NoticeSchedule.class);

  private final SendNotices notices;
  private final ObjectProvider<JavaMailSender> mail;
  private final ReminderProperties properties;
  private final Environment environment;

  NoticeSchedule(
      SendNotices notices,
      ObjectProvider<JavaMailSender> mail,
      ReminderProperties properties,
      Environment environment) {
    this.notices = notices;
    this.mail = mail;
    this.properties = properties;
    this.environment = environment;
  }

  @Scheduled(
      cron = "${barometer.reminders.cron:" + ReminderProperties.DEFAULT_CRON + "}",
      zone = "${barometer.reminders.zone:" + ReminderProperties.DEFAULT_ZONE + "}")
  void run() {
    NoticeRun run = notices.sendDue();
    switch (run.outcome()) {
      case RAN -> log.info("Reminders and chases: {} sent", run.sent());
      case ANOTHER_NODE_RUNNING ->
          log.info("Reminders and chases: another node is sending them, so this one does not");
      case MAIL_OFF -> log.debug("Reminders and chases: mail is off");
      case MAIL_HELD -> log.info("Reminders and chases: mail is held, so none are sent");
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void sayWhetherMailIsOn() {
    if (mail.getIfAvailable() == null) {
      log.info("Mail is off: spring.mail.host is not set, so no reminders or chases are sent");
    } else if (properties.hold()) {
      log.warn(
          "Mail is held (barometer.reminders.hold): no reminders or chases are sent through {}",
          environment.getProperty("spring.mail.host"));
    } else {
      log.info(
          "Mail is on: reminders and chases go through {}:{} from {}, on the schedule '{}' ({})",
          environment.getProperty("spring.mail.host"),
          environment.getProperty("spring.mail.port", "25"),
          properties.from(),
          properties.cron(),
          properties.zone());
    }
  }
}
