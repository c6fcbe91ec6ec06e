package org.barometer.app.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.SampleReports;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSettings;
import org.junit.jupiter.api.Test;

class PublishedChartsTest {

  private final SpcSettings settings = SpcSettings.of(SpcProfile.MDC);

  @Test
  void drawsBothChartsFromThePublishedHistoryOnly() {
    ReportIndicator indicator = SampleReports.small().indicators().get(0);

    PublishedCharts.Charts charts = PublishedCharts.draw(indicator, settings);

    assertThat(charts.trendSvg()).startsWith("<svg").contains("published figures");
    assertThat(charts.hasXmr()).isTrue();
    assertThat(charts.xmrSvg()).contains("XmR chart of the published figures");
    assertThat(charts.trendTable()).contains("The numbers behind the trend chart");
    assertThat(charts.xmrTable())
        .contains("The numbers behind the XmR chart")
        .contains(indicator.history().get(0).period());
    assertThat(charts.reading()).isNotBlank();
  }

  @Test
  void aHistoryTooShortForTheSettingsHasATrendButNoXmrChart() {
    ReportIndicator thirteen = SampleReports.small().indicators().get(0);
    SpcSettings impossible = settings.withShiftPoints(1);

    PublishedCharts.Charts charts = PublishedCharts.draw(thirteen, impossible);

    assertThat(charts.trendSvg()).startsWith("<svg");
    assertThat(charts.hasXmr()).isFalse();
    assertThat(charts.reading()).contains("no XmR chart");
  }

  @Test
  void readsThePolarityFromItsPublishedWords() {
    assertThat(PublishedCharts.polarity("Aim to maximise")).isEqualTo(SpcPolarity.HIGHER_IS_BETTER);
    assertThat(PublishedCharts.polarity("Aim to minimise")).isEqualTo(SpcPolarity.LOWER_IS_BETTER);
    assertThat(PublishedCharts.polarity("Goldilocks")).isEqualTo(SpcPolarity.NEITHER);
    assertThat(PublishedCharts.polarity("something else")).isEqualTo(SpcPolarity.NEITHER);
  }
}
