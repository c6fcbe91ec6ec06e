package org.barometer.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReportIndicatorTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final ReportIndicator overridden = SampleReports.overridden().indicators().get(0);

  @Test
  void anOverriddenStatusKeepsTheComputedOneBesideItInTheStoredEdition() {
    ReportIndicator read =
        json.readValue(json.writeValueAsString(overridden), ReportIndicator.class);

    assertThat(read).isEqualTo(overridden);
    assertThat(read.overridden()).isTrue();
    assertThat(read.computedStatusLabel()).isEqualTo("Red");
    assertThat(read.computedStatusTag()).isEqualTo("govuk-tag--red");
    assertThat(read.computedStatusLine())
        .isEqualTo("Computed status: " + SampleReports.COMPUTED_REASON);
  }

  @Test
  void anEditionStoredBeforeTheComputedStatusWasKeptStillReads() {
    ObjectNode older = (ObjectNode) json.readTree(json.writeValueAsString(overridden));
    older.remove("computedStatus");
    older.remove("computedStatusReason");

    ReportIndicator fromOlder = json.treeToValue(older, ReportIndicator.class);

    assertThat(fromOlder.statusLabel()).isEqualTo("Amber (overridden)");
    assertThat(fromOlder.statusReason()).isEqualTo(SampleReports.OVERRIDE_REASON);
    assertThat(fromOlder.overridden()).isFalse();
    assertThat(fromOlder.computedStatusLine()).isEmpty();
    assertThat(fromOlder.computedStatusLabel()).isEmpty();
  }

  @Test
  void aStatusNotOverriddenHasNoComputedOneBesideIt() {
    ReportIndicator green = SampleReports.small().indicators().get(0);

    assertThat(green.overridden()).isFalse();
    assertThat(green.computedStatus()).isNull();
    assertThat(green.computedStatusLine()).isEmpty();
  }
}
