package org.barometer.app.reminder;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.barometer.app.measurement.FigureState;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mail of a notice, in plain English: the indicator, the period, the due date and the link to
 * the page where the figure is entered.
 *
 * @param to the address
 * @param subject the subject line
 * @param text the body, plain text
 */
public record NoticeMessage(String to, String subject, String text) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** The mail for a notice, linking to the entry page under the site's address. */
  public static NoticeMessage of(Notice notice, URI site) {
    String figure =
        "the " + periodName(notice.period()) + " figure for indicator " + notice.code() + ", ";
    String name = notice.indicator().definition().name();
    String due = DAY.format(notice.due());
    boolean reminder = notice.kind() == NoticeKind.REMINDER;
    String subject =
        reminder
            ? "Reminder: " + figure + name + ", is due by " + due
            : "Overdue: " + figure + name + ", was due on " + due;
    String opening =
        reminder
            ? capitalised(figure) + name + ", is due by " + due + "."
            : capitalised(figure) + name + ", was due on " + due + " and has not been submitted.";
    String text =
        String.join(
            "\n",
            "Dear " + notice.to().displayName() + ",",
            "",
            opening,
            stateLine(notice),
            "",
            reminder ? "Enter it in Barometer:" : "Please enter and submit it as soon as you can:",
            entryPage(notice, site) + earlierMissing(notice, site),
            "",
            "You are sent this because you own the indicator. If someone else should enter its"
                + " figures, tell the performance team.",
            "",
            "Barometer");
    return new NoticeMessage(notice.to().email(), subject, text);
  }

  /** The mail, from the address given. */
  public SimpleMailMessage toMail(String from) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(to);
    mail.setSubject(subject);
    mail.setText(text);
    return mail;
  }

  static URI entryPage(Notice notice, URI site) {
    return entryPage(notice, notice.period(), site);
  }

  private static URI entryPage(Notice notice, Period period, URI site) {
    return UriComponentsBuilder.fromUri(site)
        .path("/indicators/{code}/figures/{month}")
        .buildAndExpand(notice.code(), period.lastMonth().toString())
        .encode()
        .toUri();
  }

  /**
   * For a chase, the earlier figures missing too, each with its page; empty when there are none.
   */
  private static String earlierMissing(Notice notice, URI site) {
    if (notice.earlierMissing().isEmpty()) {
      return "";
    }
    StringBuilder lines =
        new StringBuilder(
            "\n\nThe figures for these earlier periods are missing too, oldest first:");
    for (Period period : notice.earlierMissing()) {
      lines
          .append("\n- ")
          .append(periodName(period))
          .append(": ")
          .append(entryPage(notice, period, site));
    }
    return lines.toString();
  }

  private static String stateLine(Notice notice) {
    FigureState state = notice.state().orElse(null);
    if (state == FigureState.DRAFT) {
      return "Your draft is saved but has not been submitted for approval.";
    }
    if (state == FigureState.RETURNED) {
      return "The performance team returned it to you: put it right and submit it again.";
    }
    return "No figure has been entered yet.";
  }

  private static String periodName(Period period) {
    return period.frequency() == Frequency.MONTHLY
        ? MONTH.format(period.lastMonth())
        : period.label();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
