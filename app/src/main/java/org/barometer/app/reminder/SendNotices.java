package org.barometer.app.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.security.UserAccount;
import org.barometer.app.security.UserAccounts;
import org.barometer.core.period.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders and chases due today, once across every node: a run holds a PostgreSQL
 * advisory lock for its whole length, so a second node skips its run, and each notice is claimed in
 * the table of sent notices, committed, before its mail goes, so that nothing is sent twice even if
 * the lock were lost.
 */
@Component
public class SendNotices {

  private static final Logger log = LoggerFactory.getLogger(SendNotices.class);

  private final Indicators indicators;
  private final Measurements measurements;
  private final UserAccounts accounts;
  private final OrganisationSettings settings;
  private final SentNotices sent;
  private final AuditTrail audit;
  private final ObjectProvider<JavaMailSender> mail;
  private final ReminderProperties properties;
  private final Clock clock;
  private final TransactionTemplate run;
  private final TransactionTemplate each;

  SendNotices(
      Indicators indicators,
      Measurements measurements,
      UserAccounts accounts,
      OrganisationSettings settings,
      SentNotices sent,
      AuditTrail audit,
      ObjectProvider<JavaMailSender> mail,
      ReminderProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.accounts = accounts;
    this.settings = settings;
    this.sent = sent;
    this.audit = audit;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
    this.run = new TransactionTemplate(transactions);
    this.each = new TransactionTemplate(transactions);
    this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Sends every reminder and chase due today that no node has sent yet. */
  public NoticeRun sendDue() {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return NoticeRun.skipped(NoticeRun.Outcome.MAIL_OFF);
    }
    if (properties.hold()) {
      return NoticeRun.skipped(NoticeRun.Outcome.MAIL_HELD);
    }
    return run.execute(
        transaction ->
            sent.tryLockRun()
                ? NoticeRun.ran(sendAll(due(), sender))
                : NoticeRun.skipped(NoticeRun.Outcome.ANOTHER_NODE_RUNNING));
  }

  private List<Notice> due() {
    LocalDate today = LocalDate.now(clock);
    NoticeRule rule = new NoticeRule(settings.dueWorkingDays(), properties.daysBefore());
    List<Notice> notices = new ArrayList<>();
    for (IndicatorVersion indicator : indicators.allCurrent()) {
      owner(indicator).ifPresent(owner -> notices.addAll(due(indicator, owner, rule, today)));
    }
    return notices;
  }

  private List<Notice> due(
      IndicatorVersion indicator, UserAccount owner, NoticeRule rule, LocalDate today) {
    List<Notice> notices = new ArrayList<>();
    Set<Period> settled = new HashSet<>();
    for (StoredFigure figure : measurements.of(indicator.indicatorId())) {
      if (figure.state() == FigureState.SUBMITTED || figure.state() == FigureState.APPROVED) {
        settled.add(figure.period());
      }
    }
    for (Period period : rule.periodsInPlay(indicator.definition().measure().frequency(), today)) {
      Optional<StoredFigure> figure = measurements.at(indicator.indicatorId(), period);
      rule.needed(
              period,
              today,
              figure.map(StoredFigure::state),
              sent.kindsSent(indicator.indicatorId(), period, owner.id()))
          .map(
              kind ->
                  new Notice(
                      indicator,
                      period,
                      kind,
                      rule.dueDate(period),
                      owner,
                      figure.map(StoredFigure::state),
                      kind == NoticeKind.CHASE
                          ? NoticeRule.earlierMissing(period, settled, Notice.MOST_EARLIER_MISSING)
                          : List.of()))
          .ifPresent(notices::add);
    }
    return notices;
  }

  /** The indicator's owner, if it has one who may be mailed. */
  private Optional<UserAccount> owner(IndicatorVersion indicator) {
    Optional<UserAccount> owner =
        indicator.definition().ownerUserId().flatMap(accounts::byId).filter(UserAccount::enabled);
    if (owner.isPresent() && (owner.get().email() == null || owner.get().email().isBlank())) {
      log.info(
          "Indicator {}'s owner {} has no email address, and so is not reminded",
          indicator.definition().code(),
          owner.get().username());
      return Optional.empty();
    }
    return owner;
  }

  private int sendAll(List<Notice> notices, JavaMailSender sender) {
    int count = 0;
    for (Notice notice : notices) {
      Optional<Long> claim = each.execute(t -> sent.claim(notice, clock.instant()));
      if (claim.isPresent() && send(notice, claim.get(), sender)) {
        count++;
      }
    }
    return count;
  }

  private boolean send(Notice notice, long claim, JavaMailSender sender) {
    try {
      sender.send(NoticeMessage.of(notice, properties.siteUrl()).toMail(properties.from()));
    } catch (MailException e) {
      each.executeWithoutResult(t -> sent.release(claim));
      log.warn(
          "Could not send the {} about indicator {} to {}; the next run tries again: {}",
          notice.kind().name().toLowerCase(Locale.ROOT),
          notice.code(),
          notice.to().email(),
          e.getMessage());
      return false;
    }
    each.executeWithoutResult(
        t -> {
          sent.confirm(claim, clock.instant());
          audit.record(sentEvent(notice));
        });
    return true;
  }

  private AuditEvent sentEvent(Notice notice) {
    Map<String, String> sentTo = new LinkedHashMap<>();
    sentTo.put("period", notice.period().label());
    sentTo.put("due", notice.due().toString());
    sentTo.put("to", notice.to().username());
    sentTo.put("email", notice.to().email());
    return new AuditEvent(
        clock.instant(),
        "system",
        notice.kind().auditAction(),
        "indicator",
        notice.code(),
        null,
        AuditJson.of(sentTo),
        null);
  }
}
