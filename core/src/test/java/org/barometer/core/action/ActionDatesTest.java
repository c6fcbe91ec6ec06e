package org.barometer.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.action.ActionFixtures.completedMilestone;
import static org.barometer.core.action.ActionFixtures.day;
import static org.barometer.core.action.ActionFixtures.dueOn;
import static org.barometer.core.action.ActionFixtures.milestone;
import static org.barometer.core.action.ActionFixtures.onMilestones;
import static org.barometer.core.action.ActionFixtures.revised;
import static org.barometer.core.action.ActionFixtures.revisedMilestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionDatesTest {

  private static final MilestoneDates SURVEY = milestone("Site survey", "2017-06-30");
  private static final MilestoneDates CONSENT = milestone("Planning consent", "2017-09-30");
  private static final MilestoneDates OPENING = milestone("Car park opens", "2018-03-31");

  @ParameterizedTest(name = "reason \"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  void refusesARevisionWithoutAReason(String reason) {
    assertThatThrownBy(() -> new Revision(day("2017-12-31"), reason))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A revised date needs a reason");
  }

  @Test
  void refusesARevisionWithoutADate() {
    assertThatThrownBy(() -> new Revision(null, "late survey"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  void refusesAMilestoneWithoutATitle() {
    assertThatThrownBy(
            () -> new MilestoneDates(" ", day("2017-06-30"), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A milestone needs a title");
  }

  @Test
  void refusesAnActionWithNeitherADueDateNorAMilestone() {
    assertThatThrownBy(() -> new ActionDates(Optional.empty(), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An action needs a due date of its own or at least one milestone");
  }

  @Test
  void refusesARevisedDueDateWithoutAnOwnOneToRevise() {
    Optional<Revision> revision = Optional.of(new Revision(day("2018-06-30"), "funding moved"));

    assertThatThrownBy(() -> new ActionDates(Optional.empty(), revision, List.of(SURVEY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revisedDue revises the action's own due date, and this action has none");
  }

  @Test
  void keepsItsOwnCopyOfTheMilestones() {
    // given
    List<MilestoneDates> milestones = new ArrayList<>(List.of(SURVEY));
    ActionDates dates = new ActionDates(Optional.empty(), Optional.empty(), milestones);

    // when
    milestones.add(OPENING);

    // then
    assertThat(dates.milestones()).containsExactly(SURVEY);
    assertThat(dates.due()).isEqualTo(day("2017-06-30"));
  }

  @Test
  void isDueOnItsOwnDateWhateverItsMilestones() {
    assertThat(dueOn("2017-12-31", SURVEY, OPENING).due()).isEqualTo(day("2017-12-31"));
  }

  @Test
  void isDueOnItsRevisedDateWhenRevised() {
    assertThat(revised("2016-12-31", "2017-03-31", "the contractor changed").due())
        .isEqualTo(day("2017-03-31"));
  }

  @Test
  void isDueOnItsLatestMilestoneWithoutADateOfItsOwn() {
    assertThat(onMilestones(OPENING, SURVEY, CONSENT).due()).isEqualTo(day("2018-03-31"));
  }

  @Test
  void isDueOnItsLatestMilestoneAsRevised() {
    // given the consent moved past the opening
    MilestoneDates late = revisedMilestone("Planning consent", "2017-09-30", "2018-06-30");

    // then
    assertThat(late.due()).isEqualTo(day("2018-06-30"));
    assertThat(onMilestones(SURVEY, late, OPENING).due()).isEqualTo(day("2018-06-30"));
  }

  @ParameterizedTest(name = "a milestone due {0}, completed {1}, is overdue on {2}: {3}")
  @CsvSource(
      textBlock =
          """
          2017-09-30,           , 2017-09-29, false
          2017-09-30,           , 2017-09-30, false
          2017-09-30,           , 2017-10-01, true
          2017-09-30, 2017-09-15, 2017-10-01, false
          2017-09-30, 2017-11-15, 2017-12-01, false
          """)
  void isOverdueOnlyAfterItsDateAndWhileNotCompleted(
      LocalDate due, LocalDate completedOn, LocalDate today, boolean overdue) {
    MilestoneDates m =
        new MilestoneDates("Consent", due, Optional.empty(), Optional.ofNullable(completedOn));

    assertThat(m.overdueOn(today)).isEqualTo(overdue);
  }

  @ParameterizedTest(name = "due {0}, revised to {1}, is overdue on {2}: {3}")
  @CsvSource(
      textBlock =
          """
          2017-09-30, 2017-12-31, 2017-10-01, false
          2017-09-30, 2017-12-31, 2017-12-31, false
          2017-09-30, 2017-12-31, 2018-01-01, true
          2017-09-30, 2017-08-31, 2017-09-01, true
          """)
  void judgesAMilestoneByItsRevisedDate(
      LocalDate original, LocalDate revisedTo, LocalDate today, boolean overdue) {
    MilestoneDates m =
        new MilestoneDates(
            "Consent", original, Optional.of(new Revision(revisedTo, "moved")), Optional.empty());

    assertThat(m.overdueOn(today)).isEqualTo(overdue);
  }

  @Test
  void listsTheOverdueMilestonesEarliestFirst() {
    // given
    ActionDates dates =
        dueOn(
            "2018-03-31",
            CONSENT,
            completedMilestone("Design", "2017-05-31", "2017-05-20"),
            SURVEY,
            OPENING);

    // when
    List<MilestoneDates> overdue = dates.overdueOn(day("2017-10-01"));

    // then
    assertThat(overdue).containsExactly(SURVEY, CONSENT);
  }

  @ParameterizedTest(name = "on {0}, within {1} days: {2}")
  @CsvSource(
      textBlock =
          """
          2017-06-30, 0,   Site survey
          2017-07-01, 0,   ''
          2017-06-01, 29,  Site survey
          2017-06-01, 28,  ''
          2017-06-30, 92,  Site survey; Planning consent
          2017-07-01, 91,  Planning consent
          2017-07-01, 365, Planning consent; Car park opens
          """)
  void listsTheMilestonesDueSoonInclusiveOfBothEnds(LocalDate today, int days, String titles) {
    // given a completed milestone in the window too, which is never listed
    ActionDates dates =
        dueOn(
            "2018-03-31",
            OPENING,
            completedMilestone("Design", "2017-07-31", "2017-05-20"),
            CONSENT,
            SURVEY);

    // when
    List<String> due = dates.dueWithin(today, days).stream().map(MilestoneDates::title).toList();

    // then
    assertThat(due)
        .containsExactlyElementsOf(titles.isEmpty() ? List.of() : List.of(titles.split("; ")));
  }

  @Test
  void refusesANegativeWindow() {
    assertThatThrownBy(() -> dueOn("2018-03-31", SURVEY).dueWithin(day("2017-06-01"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days cannot be negative");
  }
}
