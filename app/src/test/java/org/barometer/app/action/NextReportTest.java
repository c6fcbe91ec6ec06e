package org.barometer.app.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.barometer.core.action.Progress;
import org.barometer.core.action.ProgressStatus;
import org.junit.jupiter.api.Test;

class NextReportTest {

  private static final YearMonth JUNE = YearMonth.of(2017, 6);

  @Test
  void awaitsThisMonthWhenNothingIsRecordedForIt() {
    NextReport next =
        NextReport.of(List.of(progress(JUNE.minusMonths(1), ProgressState.APPROVED)), JUNE);

    assertThat(next.month()).isEqualTo(JUNE);
    assertThat(next.stateKey()).isEqualTo("AWAITED");
    assertThat(next.stateLabel()).isEqualTo("Awaited");
  }

  @Test
  void saysWhereThisMonthsProgressIs() {
    NextReport next = NextReport.of(List.of(progress(JUNE, ProgressState.SUBMITTED)), JUNE);

    assertThat(next.stateKey()).isEqualTo("SUBMITTED");
    assertThat(next.stateLabel()).isEqualTo("Submitted, waiting for approval");
  }

  @Test
  void putsTheEarliestReturnedMonthFirstWithTheReason() {
    NextReport next =
        NextReport.of(
            List.of(
                progress(YearMonth.of(2017, 4), ProgressState.RETURNED),
                progress(YearMonth.of(2017, 5), ProgressState.RETURNED),
                progress(JUNE, ProgressState.DRAFT)),
            JUNE);

    assertThat(next.month()).isEqualTo(YearMonth.of(2017, 4));
    assertThat(next.stateLabel()).isEqualTo("Returned: Say what slipped");
  }

  private static StoredProgress progress(YearMonth month, ProgressState state) {
    return new StoredProgress(
        month.getMonthValue(),
        1,
        new Progress(month, ProgressStatus.ON_TRACK, Optional.empty(), "", "", Optional.empty()),
        state,
        "owner",
        Instant.EPOCH,
        Optional.empty(),
        Optional.empty(),
        state == ProgressState.RETURNED ? "Say what slipped" : "",
        0);
  }
}
