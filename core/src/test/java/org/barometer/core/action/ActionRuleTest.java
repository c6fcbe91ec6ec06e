package org.barometer.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.core.action.ActionFixtures.closed;
import static org.barometer.core.action.ActionFixtures.completedMilestone;
import static org.barometer.core.action.ActionFixtures.completedOn;
import static org.barometer.core.action.ActionFixtures.day;
import static org.barometer.core.action.ActionFixtures.dueOn;
import static org.barometer.core.action.ActionFixtures.milestone;
import static org.barometer.core.action.ActionFixtures.onMilestones;
import static org.barometer.core.action.ActionFixtures.reported;
import static org.barometer.core.action.ActionFixtures.revised;
import static org.barometer.core.action.ActionFixtures.revisedMilestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.barometer.core.status.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionRuleTest {

  private static final LocalDate TODAY = day("2017-06-15");

  @ParameterizedTest(name = "{0}, action {1}, milestone {2}: {3}")
  @CsvSource(
      textBlock =
          """
          NONE,                    NOT_DUE,   NONE,         NOT_STARTED
          NONE,                    NOT_DUE,   DUE_TODAY,    NOT_STARTED
          NONE,                    NOT_DUE,   OVERDUE,      AMBER
          NONE,                    NOT_DUE,   OVERDUE_DONE, NOT_STARTED
          NONE,                    DUE_TODAY, NONE,         NOT_STARTED
          NONE,                    DUE_TODAY, DUE_TODAY,    NOT_STARTED
          NONE,                    DUE_TODAY, OVERDUE,      AMBER
          NONE,                    DUE_TODAY, OVERDUE_DONE, NOT_STARTED
          NONE,                    PAST_DUE,  NONE,         RED
          NONE,                    PAST_DUE,  DUE_TODAY,    RED
          NONE,                    PAST_DUE,  OVERDUE,      RED
          NONE,                    PAST_DUE,  OVERDUE_DONE, RED
          NOT_STARTED,             NOT_DUE,   NONE,         NOT_STARTED
          NOT_STARTED,             NOT_DUE,   DUE_TODAY,    NOT_STARTED
          NOT_STARTED,             NOT_DUE,   OVERDUE,      AMBER
          NOT_STARTED,             NOT_DUE,   OVERDUE_DONE, NOT_STARTED
          NOT_STARTED,             DUE_TODAY, NONE,         NOT_STARTED
          NOT_STARTED,             DUE_TODAY, DUE_TODAY,    NOT_STARTED
          NOT_STARTED,             DUE_TODAY, OVERDUE,      AMBER
          NOT_STARTED,             DUE_TODAY, OVERDUE_DONE, NOT_STARTED
          NOT_STARTED,             PAST_DUE,  NONE,         RED
          NOT_STARTED,             PAST_DUE,  DUE_TODAY,    RED
          NOT_STARTED,             PAST_DUE,  OVERDUE,      RED
          NOT_STARTED,             PAST_DUE,  OVERDUE_DONE, RED
          ON_TRACK,                NOT_DUE,   NONE,         GREEN
          ON_TRACK,                NOT_DUE,   DUE_TODAY,    GREEN
          ON_TRACK,                NOT_DUE,   OVERDUE,      AMBER
          ON_TRACK,                NOT_DUE,   OVERDUE_DONE, GREEN
          ON_TRACK,                DUE_TODAY, NONE,         GREEN
          ON_TRACK,                DUE_TODAY, DUE_TODAY,    GREEN
          ON_TRACK,                DUE_TODAY, OVERDUE,      AMBER
          ON_TRACK,                DUE_TODAY, OVERDUE_DONE, GREEN
          ON_TRACK,                PAST_DUE,  NONE,         RED
          ON_TRACK,                PAST_DUE,  DUE_TODAY,    RED
          ON_TRACK,                PAST_DUE,  OVERDUE,      RED
          ON_TRACK,                PAST_DUE,  OVERDUE_DONE, RED
          SOME_SLIPPAGE,           NOT_DUE,   NONE,         AMBER
          SOME_SLIPPAGE,           NOT_DUE,   DUE_TODAY,    AMBER
          SOME_SLIPPAGE,           NOT_DUE,   OVERDUE,      AMBER
          SOME_SLIPPAGE,           NOT_DUE,   OVERDUE_DONE, AMBER
          SOME_SLIPPAGE,           DUE_TODAY, NONE,         AMBER
          SOME_SLIPPAGE,           DUE_TODAY, DUE_TODAY,    AMBER
          SOME_SLIPPAGE,           DUE_TODAY, OVERDUE,      AMBER
          SOME_SLIPPAGE,           DUE_TODAY, OVERDUE_DONE, AMBER
          SOME_SLIPPAGE,           PAST_DUE,  NONE,         RED
          SOME_SLIPPAGE,           PAST_DUE,  DUE_TODAY,    RED
          SOME_SLIPPAGE,           PAST_DUE,  OVERDUE,      RED
          SOME_SLIPPAGE,           PAST_DUE,  OVERDUE_DONE, RED
          SIGNIFICANTLY_OFF_TRACK, NOT_DUE,   NONE,         RED
          SIGNIFICANTLY_OFF_TRACK, NOT_DUE,   DUE_TODAY,    RED
          SIGNIFICANTLY_OFF_TRACK, NOT_DUE,   OVERDUE,      RED
          SIGNIFICANTLY_OFF_TRACK, NOT_DUE,   OVERDUE_DONE, RED
          SIGNIFICANTLY_OFF_TRACK, DUE_TODAY, NONE,         RED
          SIGNIFICANTLY_OFF_TRACK, DUE_TODAY, DUE_TODAY,    RED
          SIGNIFICANTLY_OFF_TRACK, DUE_TODAY, OVERDUE,      RED
          SIGNIFICANTLY_OFF_TRACK, DUE_TODAY, OVERDUE_DONE, RED
          SIGNIFICANTLY_OFF_TRACK, PAST_DUE,  NONE,         RED
          SIGNIFICANTLY_OFF_TRACK, PAST_DUE,  DUE_TODAY,    RED
          SIGNIFICANTLY_OFF_TRACK, PAST_DUE,  OVERDUE,      RED
          SIGNIFICANTLY_OFF_TRACK, PAST_DUE,  OVERDUE_DONE, RED
          """)
  void judgesAnOpenActionByItsDatesAndItsOwnersWord(
      String owner, ActionDue action, MilestoneDue milestone, String expected) {
    // given
    Optional<Progress> latest =
        owner.equals("NONE") ? Optional.empty() : reported(ProgressStatus.valueOf(owner));

    // when
    ActionStatus status = ActionRule.judge(dates(action, milestone), latest, TODAY);

    // then
    assertThat(outcome(status)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, action {1}, milestone {2}: {3}")
  @CsvSource(
      textBlock =
          """
          COMPLETED, NOT_DUE,   NONE,      COMPLETED
          COMPLETED, DUE_TODAY, DUE_TODAY, COMPLETED
          COMPLETED, PAST_DUE,  OVERDUE,   COMPLETED
          CANCELLED, NOT_DUE,   NONE,      CANCELLED
          CANCELLED, DUE_TODAY, DUE_TODAY, CANCELLED
          CANCELLED, PAST_DUE,  OVERDUE,   CANCELLED
          DEFERRED,  NOT_DUE,   NONE,      DEFERRED
          DEFERRED,  DUE_TODAY, DUE_TODAY, DEFERRED
          DEFERRED,  PAST_DUE,  OVERDUE,   DEFERRED
          """)
  void showsACompletedCancelledOrDeferredActionWithoutColourWhateverItsDates(
      ProgressStatus owner, ActionDue action, MilestoneDue milestone, String expected) {
    // given
    Optional<Progress> latest =
        owner == ProgressStatus.COMPLETED ? completedOn("2017-06-01") : closed(owner, "Funding");

    // when
    ActionStatus status = ActionRule.judge(dates(action, milestone), latest, TODAY);

    // then
    assertThat(outcome(status)).isEqualTo(expected);
    assertThat(status.rag()).isEmpty();
  }

  @ParameterizedTest(name = "due {0}, revised to {1}, on {2}: {3}")
  @CsvSource(
      textBlock =
          """
          2016-12-31, 2017-03-31, 2017-01-15, GREEN
          2016-12-31, 2017-03-31, 2017-03-31, GREEN
          2016-12-31, 2017-03-31, 2017-04-01, RED
          2017-03-31, 2016-12-31, 2017-01-15, RED
          2017-03-31, 2016-12-31, 2016-12-31, GREEN
          """)
  void judgesLatenessByTheRevisedDueDate(
      LocalDate original, LocalDate revisedTo, LocalDate today, Rag expected) {
    // given
    ActionDates dates = revised(original.toString(), revisedTo.toString(), "new contractor");

    // when
    ActionStatus status = ActionRule.judge(dates, reported(ProgressStatus.ON_TRACK), today);

    // then
    assertThat(status.rag()).contains(expected);
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource(
      textBlock =
          """
          2017-06-30, GREEN
          2017-07-01, AMBER
          2018-03-31, AMBER
          2018-04-01, AMBER
          2018-06-30, AMBER
          2018-07-01, RED
          """)
  void isDueOnItsLatestMilestoneAsRevisedWithoutADateOfItsOwn(LocalDate today, Rag expected) {
    // given the opening was revised from March to June 2018
    ActionDates dates =
        onMilestones(
            milestone("Site survey", "2017-06-30"),
            revisedMilestone("Car park opens", "2018-03-31", "2018-06-30"));

    // when
    ActionStatus status = ActionRule.judge(dates, reported(ProgressStatus.ON_TRACK), today);

    // then
    assertThat(status.rag()).contains(expected);
  }

  @Test
  void explainsAnActionPastItsDueDate() {
    ActionStatus status =
        ActionRule.judge(dueOn("2017-03-31"), reported(ProgressStatus.ON_TRACK), day("2017-07-03"));

    assertThat(status.reason())
        .isEqualTo(
            "Red: past its due date of 31 March 2017 and not complete;"
                + " its owner reported it on track for June 2017");
  }

  @Test
  void explainsAnActionPastItsRevisedDueDateWithTheOriginalBesideIt() {
    ActionDates dates =
        revised("2016-12-31", "2017-03-31", "The contractor went into administration.");

    ActionStatus status = ActionRule.judge(dates, Optional.empty(), day("2017-04-01"));

    assertThat(status.reason())
        .isEqualTo(
            "Red: past its due date of 31 March 2017 (revised from 31 December 2016: The"
                + " contractor went into administration) and not complete; no progress reported"
                + " yet");
  }

  @Test
  void givesTheDecidingCauseFirstAndTheOthersAfter() {
    // given past due, reported significantly off track, with a milestone overdue
    ActionDates dates = dueOn("2017-03-31", milestone("Planning consent", "2017-01-31"));

    // when
    ActionStatus status =
        ActionRule.judge(dates, reported(ProgressStatus.SIGNIFICANTLY_OFF_TRACK), TODAY);

    // then
    assertThat(status.rag()).contains(Rag.RED);
    assertThat(status.reason())
        .isEqualTo(
            "Red: past its due date of 31 March 2017 and not complete;"
                + " also its owner reported it significantly off track for June 2017;"
                + " also its milestone \"Planning consent\" was due on 31 January 2017 and is"
                + " not complete");
  }

  @Test
  void explainsAnOverdueMilestone() {
    ActionDates dates =
        dueOn("2018-03-31", revisedMilestone("Planning consent", "2017-04-30", "2017-05-31"));

    ActionStatus status = ActionRule.judge(dates, reported(ProgressStatus.ON_TRACK, 60), TODAY);

    assertThat(status.reason())
        .isEqualTo(
            "Amber: its milestone \"Planning consent\" was due on 31 May 2017 (revised from 30"
                + " April 2017: the survey came back late) and is not complete;"
                + " its owner reported it on track for June 2017 (60% complete)");
  }

  @Test
  void namesTheFirstOfSeveralOverdueMilestonesAndCountsThem() {
    ActionDates dates =
        dueOn(
            "2018-03-31",
            milestone("Tender awarded", "2017-05-31"),
            milestone("Site survey", "2017-04-30"),
            completedMilestone("Design", "2017-03-31", "2017-03-20"));

    ActionStatus status = ActionRule.judge(dates, reported(ProgressStatus.SOME_SLIPPAGE), TODAY);

    assertThat(status.reason())
        .isEqualTo(
            "Amber: 2 of its milestones are overdue, the first being \"Site survey\", due on 30"
                + " April 2017; also its owner reported some slippage for June 2017");
  }

  @Test
  void explainsAGreenAction() {
    ActionStatus status =
        ActionRule.judge(dueOn("2018-03-31"), reported(ProgressStatus.ON_TRACK, 60), TODAY);

    assertThat(status)
        .isEqualTo(
            new ActionStatus.Rated(
                Rag.GREEN,
                "Green: its owner reported it on track for June 2017 (60% complete), and it is"
                    + " due on 31 March 2018"));
    assertThat(status.label()).isEqualTo("Green");
  }

  @Test
  void saysWhenNoProgressHasBeenReportedYet() {
    ActionStatus status = ActionRule.judge(dueOn("2018-03-31"), Optional.empty(), TODAY);

    assertThat(status)
        .isEqualTo(
            new ActionStatus.NotStarted(
                "Not started: no progress reported yet; it is due on 31 March 2018"));
    assertThat(status.label()).isEqualTo("Not started");
  }

  @Test
  void namesTheMilestoneAnActionIsDueOn() {
    ActionDates dates =
        onMilestones(
            completedMilestone("Site survey", "2017-03-31", "2017-03-30"),
            milestone("Car park opens", "2017-05-31"));

    ActionStatus status = ActionRule.judge(dates, reported(ProgressStatus.NOT_STARTED), TODAY);

    assertThat(status.reason())
        .isEqualTo(
            "Red: past its due date of 31 May 2017 (the date of its last milestone, \"Car park"
                + " opens\") and not complete; also its milestone \"Car park opens\" was due on"
                + " 31 May 2017 and is not complete; its owner reported it not started for June"
                + " 2017");
  }

  @Test
  void showsACompletedActionWithItsDate() {
    ActionStatus status = ActionRule.judge(dueOn("2017-03-31"), completedOn("2017-03-12"), TODAY);

    assertThat(status)
        .isEqualTo(new ActionStatus.Completed(day("2017-03-12"), "Completed on 12 March 2017"));
    assertThat(status.label()).isEqualTo("Completed");
  }

  @Test
  void saysWhenAnActionWasCompletedAfterItsDueDate() {
    ActionStatus status = ActionRule.judge(dueOn("2017-03-31"), completedOn("2017-04-12"), TODAY);

    assertThat(status.reason())
        .isEqualTo("Completed on 12 April 2017, after its due date of 31 March 2017");
  }

  @Test
  void showsACancelledActionWithItsOwnersReason() {
    ActionStatus status =
        ActionRule.judge(
            dueOn("2017-03-31"),
            closed(ProgressStatus.CANCELLED, "The Cabinet withdrew the scheme"),
            TODAY);

    assertThat(status)
        .isEqualTo(
            new ActionStatus.Closed(
                ProgressStatus.CANCELLED,
                "Cancelled, as its owner reported for June 2017: The Cabinet withdrew the"
                    + " scheme"));
    assertThat(status.label()).isEqualTo("Cancelled");
  }

  /** When the action itself is due, relative to {@link #TODAY}. */
  enum ActionDue {
    NOT_DUE("2017-06-16"),
    DUE_TODAY("2017-06-15"),
    PAST_DUE("2017-06-14");

    final String due;

    ActionDue(String due) {
      this.due = due;
    }
  }

  /** Its one milestone, relative to {@link #TODAY}. */
  enum MilestoneDue {
    NONE,
    DUE_TODAY,
    OVERDUE,
    OVERDUE_DONE
  }

  private static ActionDates dates(ActionDue action, MilestoneDue milestone) {
    List<MilestoneDates> milestones =
        switch (milestone) {
          case NONE -> List.of();
          case DUE_TODAY -> List.of(milestone("Consent", "2017-06-15"));
          case OVERDUE -> List.of(milestone("Consent", "2017-06-14"));
          case OVERDUE_DONE -> List.of(completedMilestone("Consent", "2017-06-14", "2017-06-10"));
        };
    return new ActionDates(Optional.of(day(action.due)), Optional.empty(), milestones);
  }

  private static String outcome(ActionStatus status) {
    return status
        .rag()
        .map(Rag::name)
        .orElse(status.label().toUpperCase(Locale.UK).replace(' ', '_'));
  }
}
