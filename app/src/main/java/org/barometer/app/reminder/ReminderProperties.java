package org.barometer.app.reminder;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders and chases. The mail server is Spring Boot's {@code spring.mail.*}.
 *
 * @param cron when the reminders run, a Spring cron expression; {@code -} switches them off
 * @param zone the time zone of the cron expression
 * @param daysBefore how many working days before a figure is due its owner is reminded
 * @param from the sender's address
 * @param siteUrl the address people reach Barometer at, for the links in the mails
 * @param hold whether mail is held: nothing is sent even with a mail server configured, as on a
 *     copy restored from a backup, which must not remind the live installation's people
 */
@ConfigurationProperties("barometer.reminders")
public record ReminderProperties(
    @DefaultValue(DEFAULT_CRON) String cron,
    @DefaultValue(DEFAULT_ZONE) String zone,
    @DefaultValue("3") int daysBefore,
    @DefaultValue("barometer@localhost") String from,
    @DefaultValue("http://localhost:8080") URI siteUrl,
    @DefaultValue("false") boolean hold) {

  /** At seven in the morning, Monday to Friday. */
  static final String DEFAULT_CRON = "0 0 7 * * MON-FRI";

  static final String DEFAULT_ZONE = "Europe/London";
}
