package org.barometer.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.action.ActionFixtures.day;

import org.barometer.core.status.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionStatusTest {

  @ParameterizedTest
  @EnumSource(
      value = ProgressStatus.class,
      names = {"CANCELLED", "DEFERRED"},
      mode = EnumSource.Mode.EXCLUDE)
  void closesOnlyACancelledOrDeferredAction(ProgressStatus status) {
    assertThatThrownBy(() -> new ActionStatus.Closed(status, "a reason"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A closed action is cancelled or deferred, not " + status.label());
  }

  @Test
  void needsAReasonWhateverTheStatus() {
    assertThatThrownBy(() -> new ActionStatus.Rated(Rag.RED, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An action's status needs a reason");
    assertThatThrownBy(() -> new ActionStatus.NotStarted(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ActionStatus.Completed(day("2017-03-12"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ActionStatus.Closed(ProgressStatus.DEFERRED, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void showsAColourOnlyWhenRated() {
    assertThat(new ActionStatus.Rated(Rag.AMBER, "Amber: slipping").rag()).contains(Rag.AMBER);
    assertThat(new ActionStatus.NotStarted("Not started: nothing yet").rag()).isEmpty();
    assertThat(new ActionStatus.Completed(day("2017-03-12"), "Completed on 12 March 2017").rag())
        .isEmpty();
    assertThat(new ActionStatus.Closed(ProgressStatus.DEFERRED, "Deferred: money").label())
        .isEqualTo("Deferred");
  }
}
