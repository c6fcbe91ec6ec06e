package org.barometer.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.barometer.app.measurement.FigureState;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;

class NoticeMessageTest {

  private static final URI SITE = URI.create("https://barometer.example.gov.uk");

  @Test
  void remindsInPlainEnglishWithTheIndicatorPeriodDueDateAndLink() {
    NoticeMessage message =
        NoticeMessage.of(Examples.notice(NoticeKind.REMINDER, Optional.empty()), SITE);

    assertThat(message.to()).isEqualTo("jo.bloggs@example.gov.uk");
    assertThat(message.subject())
        .isEqualTo(
            "Reminder: the December 2016 figure for indicator 9, Household waste reused, recycled"
                + " and composted, is due by Monday 16 January 2017");
    assertThat(message.text())
        .startsWith("Dear Jo Bloggs,\n\nThe December 2016 figure for indicator 9,")
        .contains("is due by Monday 16 January 2017.\nNo figure has been entered yet.")
        .contains("https://barometer.example.gov.uk/indicators/9/figures/2016-12\n");
  }

  @Test
  void chasesAReturnedFigureSayingWhatToDo() {
    NoticeMessage message =
        NoticeMessage.of(
            Examples.notice(NoticeKind.CHASE, Optional.of(FigureState.RETURNED)), SITE);

    assertThat(message.subject()).startsWith("Overdue: the December 2016 figure");
    assertThat(message.text())
        .contains("was due on Monday 16 January 2017 and has not been submitted.")
        .contains("The performance team returned it to you: put it right and submit it again.")
        .contains("Please enter and submit it as soon as you can:");
  }

  @Test
  void saysThatADraftIsNotYetSubmitted() {
    NoticeMessage message =
        NoticeMessage.of(Examples.notice(NoticeKind.CHASE, Optional.of(FigureState.DRAFT)), SITE);

    assertThat(message.text())
        .contains("Your draft is saved but has not been submitted for approval.");
  }

  @Test
  void linksUnderASiteServedFromAFolder() {
    NoticeMessage message =
        NoticeMessage.of(
            Examples.notice(NoticeKind.REMINDER, Optional.empty()),
            URI.create("https://intranet.example.gov.uk/barometer"));

    assertThat(message.text())
        .contains("https://intranet.example.gov.uk/barometer/indicators/9/figures/2016-12");
  }

  @Test
  void becomesAPlainTextMailFromTheAddressGiven() {
    SimpleMailMessage mail =
        NoticeMessage.of(Examples.notice(NoticeKind.REMINDER, Optional.empty()), SITE)
            .toMail("performance@example.gov.uk");

    assertThat(mail.getFrom()).isEqualTo("performance@example.gov.uk");
    assertThat(mail.getTo()).containsExactly("jo.bloggs@example.gov.uk");
    assertThat(mail.getText()).startsWith("Dear Jo Bloggs,");
  }
}
