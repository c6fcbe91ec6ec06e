package org.barometer.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.action.ActionFixtures.JUNE_2017;
import static org.barometer.core.action.ActionFixtures.day;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressTest {

  @ParameterizedTest(name = "{0}% complete")
  @ValueSource(ints = {0, 1, 50, 99, 100})
  void acceptsAPercentageFromNoughtToAHundred(int percent) {
    assertThatCode(() -> progress(ProgressStatus.ON_TRACK, Optional.of(percent), "", none()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}% complete")
  @ValueSource(ints = {-1, 101, 1000})
  void refusesAPercentageOutsideNoughtToAHundred(int percent) {
    assertThatThrownBy(() -> progress(ProgressStatus.ON_TRACK, Optional.of(percent), "", none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentComplete must be from 0 to 100, not " + percent);
  }

  @Test
  void acceptsProgressWithoutAPercentage() {
    assertThatCode(() -> progress(ProgressStatus.SOME_SLIPPAGE, Optional.empty(), "", none()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} with reason \"{1}\"")
  @CsvSource(
      textBlock =
          """
          CANCELLED, '',    reason is required when an action is cancelled
          CANCELLED, '   ', reason is required when an action is cancelled
          DEFERRED,  '',    reason is required when an action is deferred
          """)
  void refusesACancellationOrDeferralWithoutAReason(
      ProgressStatus status, String reason, String message) {
    assertThatThrownBy(() -> progress(status, Optional.empty(), reason, none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @EnumSource(
      value = ProgressStatus.class,
      names = {"NOT_STARTED", "ON_TRACK", "SOME_SLIPPAGE", "SIGNIFICANTLY_OFF_TRACK"})
  void needsNoReasonForAnOpenAction(ProgressStatus status) {
    assertThat(status.needsReason()).isFalse();
    assertThatCode(() -> progress(status, Optional.empty(), "", none())).doesNotThrowAnyException();
  }

  @Test
  void refusesACompletedActionWithoutItsDate() {
    assertThatThrownBy(() -> progress(ProgressStatus.COMPLETED, Optional.of(100), "", none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("completedOn is required for a completed action");
  }

  @ParameterizedTest
  @EnumSource(value = ProgressStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
  void refusesACompletionDateUnlessCompleted(ProgressStatus status) {
    assertThatThrownBy(
            () -> progress(status, Optional.empty(), "a reason", Optional.of(day("2017-06-12"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "completedOn is only for a completed action, and this one is reported \""
                + status.label()
                + "\"");
  }

  @Test
  void keepsTheOwnersWords() {
    // when
    Progress progress =
        new Progress(
            JUNE_2017,
            ProgressStatus.DEFERRED,
            Optional.of(40),
            "Waiting for the Cabinet",
            "Funding moved to 2018/19",
            none());

    // then
    assertThat(progress.status().label()).isEqualTo("Deferred");
    assertThat(progress.reason()).isEqualTo("Funding moved to 2018/19");
    assertThat(progress.commentary()).isEqualTo("Waiting for the Cabinet");
  }

  @ParameterizedTest(name = "{0} is labelled \"{1}\"")
  @CsvSource(
      textBlock =
          """
          NOT_STARTED,             Not started,             false
          ON_TRACK,                On track,                false
          SOME_SLIPPAGE,           Some slippage,           false
          SIGNIFICANTLY_OFF_TRACK, Significantly off track, false
          COMPLETED,               Completed,               false
          CANCELLED,               Cancelled,               true
          DEFERRED,                Deferred,                true
          """)
  void labelsEachStatusInPlainEnglish(ProgressStatus status, String label, boolean needsReason) {
    assertThat(status.label()).isEqualTo(label);
    assertThat(status.needsReason()).isEqualTo(needsReason);
  }

  private static Progress progress(
      ProgressStatus status,
      Optional<Integer> percent,
      String reason,
      Optional<LocalDate> completedOn) {
    return new Progress(JUNE_2017, status, percent, "", reason, completedOn);
  }

  private static Optional<LocalDate> none() {
    return Optional.empty();
  }
}
