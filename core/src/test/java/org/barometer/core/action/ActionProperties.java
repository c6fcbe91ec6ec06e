package org.barometer.core.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.barometer.core.status.Rag;

class ActionProperties {

  private static final LocalDate START = LocalDate.of(2016, 4, 1);

  @Property
  void neverShowsAnOpenActionBetterAsTodayMovesLater(
      @ForAll("actionDates") ActionDates dates,
      @ForAll("openProgress") Optional<Progress> latest,
      @ForAll("days") LocalDate today,
      @ForAll @IntRange(min = 0, max = 800) int daysLater) {
    // when
    ActionStatus earlier = ActionRule.judge(dates, latest, today);
    ActionStatus later = ActionRule.judge(dates, latest, today.plusDays(daysLater));

    // then green or not started, then amber, then red; once coloured, never uncoloured
    assertThat(severity(later)).isGreaterThanOrEqualTo(severity(earlier));
    if (earlier.rag().isPresent()) {
      assertThat(later.rag()).isPresent();
    }
  }

  @Property
  void showsACompletedOrClosedActionTheSameWhateverTheDay(
      @ForAll("actionDates") ActionDates dates,
      @ForAll("closingProgress") Progress latest,
      @ForAll("days") LocalDate oneDay,
      @ForAll("days") LocalDate another) {
    // when
    ActionStatus onOneDay = ActionRule.judge(dates, Optional.of(latest), oneDay);
    ActionStatus onAnother = ActionRule.judge(dates, Optional.of(latest), another);

    // then
    assertThat(onAnother).isEqualTo(onOneDay);
    assertThat(onOneDay.rag()).isEmpty();
  }

  @Property
  void beginsEveryReasonWithWhatTheReportShows(
      @ForAll("actionDates") ActionDates dates,
      @ForAll("anyProgress") Optional<Progress> latest,
      @ForAll("days") LocalDate today) {
    // when
    ActionStatus status = ActionRule.judge(dates, latest, today);

    // then
    assertThat(status.reason()).startsWith(status.label());
  }

  private static int severity(ActionStatus status) {
    assertThat(status).isInstanceOfAny(ActionStatus.Rated.class, ActionStatus.NotStarted.class);
    return status.rag().map(Rag::ordinal).orElse(Rag.GREEN.ordinal());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 1200).map(START::plusDays);
  }

  @Provide
  Arbitrary<ActionDates> actionDates() {
    Arbitrary<Optional<LocalDate>> own = days().optional(0.6);
    Arbitrary<Optional<Revision>> revision = revisions().optional(0.3);
    return Combinators.combine(own, revision, milestones().list().ofMaxSize(4))
        .filter((o, r, m) -> o.isPresent() || !m.isEmpty())
        .as((o, r, m) -> new ActionDates(o, o.isPresent() ? r : Optional.empty(), m));
  }

  @Provide
  Arbitrary<Optional<Progress>> openProgress() {
    return progress(
            Arbitraries.of(
                ProgressStatus.NOT_STARTED,
                ProgressStatus.ON_TRACK,
                ProgressStatus.SOME_SLIPPAGE,
                ProgressStatus.SIGNIFICANTLY_OFF_TRACK))
        .optional(0.9);
  }

  @Provide
  Arbitrary<Progress> closingProgress() {
    return progress(
        Arbitraries.of(
            ProgressStatus.COMPLETED, ProgressStatus.CANCELLED, ProgressStatus.DEFERRED));
  }

  @Provide
  Arbitrary<Optional<Progress>> anyProgress() {
    return progress(Arbitraries.of(ProgressStatus.class)).optional(0.9);
  }

  private Arbitrary<Progress> progress(Arbitrary<ProgressStatus> statuses) {
    Arbitrary<Optional<Integer>> percent = Arbitraries.integers().between(0, 100).optional(0.5);
    return Combinators.combine(statuses, percent, days())
        .as(
            (status, p, day) ->
                new Progress(
                    YearMonth.from(day),
                    status,
                    p,
                    "",
                    status.needsReason() ? "Funding moved to next year" : "",
                    status == ProgressStatus.COMPLETED ? Optional.of(day) : Optional.empty()));
  }

  private Arbitrary<MilestoneDates> milestones() {
    Arbitrary<String> titles = Arbitraries.of("Site survey", "Planning consent", "Opening");
    return Combinators.combine(titles, days(), revisions().optional(0.3), days().optional(0.3))
        .as(MilestoneDates::new);
  }

  private Arbitrary<Revision> revisions() {
    return days().map(day -> new Revision(day, "the survey came back late"));
  }
}
