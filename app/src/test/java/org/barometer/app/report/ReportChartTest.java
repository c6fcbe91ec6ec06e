package org.barometer.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.barometer.core.statistics.ConflictRule;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReportChartTest {

  private final ReportIndicator indicator = SampleReports.small().indicators().get(0);
  private final List<ReportIndicator.HistoryPoint> history = indicator.history();
  private final SpcSettings organisation =
      SpcSettings.of(SpcProfile.PTD).withShiftPoints(8).withConflict(ConflictRule.IMPROVEMENT_WINS);

  @Test
  void keepsTheSettingsWithTheRecalculationsAsPositionsInTheHistory() {
    YearMonth first = history.get(0).lastMonth();
    YearMonth fifth = history.get(4).lastMonth();

    ReportChart chart =
        ReportChart.of(organisation, history, List.of(first, fifth, YearMonth.of(1990, 1)), 3);

    assertThat(chart.recalculateAt())
        .as("not at the first point, nor outside it")
        .containsExactly(4);
    assertThat(chart.settings())
        .isEqualTo(organisation.withRecalculateAt(List.of(4)).withBaselinePoints(3));
  }

  @Test
  void isStoredWithTheEditionAndAnEditionWithoutOneStillReads() {
    JsonMapper json = JsonMapper.builder().build();
    ReportIndicator withChart =
        SampleReports.withChart(indicator, ReportChart.of(organisation, history, List.of(), null));

    ReportIndicator read =
        json.readValue(json.writeValueAsString(withChart), ReportIndicator.class);
    ObjectNode older = (ObjectNode) json.readTree(json.writeValueAsString(withChart));
    older.remove("chart");
    ReportIndicator fromOlder = json.treeToValue(older, ReportIndicator.class);

    assertThat(read.chart()).isEqualTo(withChart.chart());
    assertThat(read.chart().settings()).isEqualTo(organisation);
    assertThat(fromOlder.chart()).isNull();
    assertThat(fromOlder.code()).isEqualTo(indicator.code());
  }
}
