package org.barometer.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationStructure;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.target.Targets;
import org.barometer.core.measurement.Figure;
import org.barometer.core.period.FinancialYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoDataIT {

  @Autowired Indicators indicators;
  @Autowired Targets targets;
  @Autowired Measurements measurements;
  @Autowired OrganisationStructure organisation;
  @Autowired JdbcClient jdbc;

  @Test
  void loadsTheSeedCatalogueOnFirstStart() {
    assertThat(indicators.allCurrent().stream().map(v -> v.definition().code()))
        .contains("1", "12", "34")
        .hasSizeGreaterThanOrEqualTo(34);
    assertThat(organisation.departments())
        .extracting(u -> u.name())
        .containsExactly("People", "Place", "Chief Executive's");
    assertThat(organisation.committees()).hasSize(3);
    assertThat(organisation.aims())
        .extracting(u -> u.name())
        .containsExactly("Safe", "Clean", "Healthy", "Prosperous", "Excellent");
  }

  @Test
  void keepsEachIndicatorsPlaceAndItsPrintedLabels() {
    IndicatorVersion rentArrears = indicators.currentByCode("31").orElseThrow();

    assertThat(rentArrears.definition().placement().serviceLabel())
        .contains("Adult Services & Housing");
    assertThat(rentArrears.definition().placement().departmentId()).isPresent();
    assertThat(rentArrears.definition().placement().committeeId()).isPresent();
    assertThat(rentArrears.changedBy()).isEqualTo(DemoData.ACTOR);
  }

  @Test
  void storesBothYearsTargetsWithTheirDecisions() {
    long crime = indicators.currentByCode("12").orElseThrow().indicatorId();

    assertThat(targets.of(crime))
        .extracting(t -> t.version().year())
        .containsExactly(new FinancialYear(2016), new FinancialYear(2017));
    assertThat(targets.of(crime).get(1).version().decision().agreedBy()).isEqualTo("Cabinet");
    assertThat(targets.of(crime).get(0).version().decision().decidedOn()).isEmpty();
  }

  @Test
  void storesTheSyntheticHistoryLabelledAndTheRealFigureAsPrinted() {
    long satisfaction = indicators.currentByCode("1").orElseThrow().indicatorId();

    var figures = measurements.of(satisfaction);

    assertThat(figures).hasSize(56);
    StoredFigure november = figures.get(figures.size() - 1);
    assertThat(november.period().lastMonth()).isEqualTo(YearMonth.of(2016, 11));
    assertThat(november.synthetic()).isFalse();
    assertThat(((Figure.Plain) november.figure()).value()).isEqualByComparingTo("87.34");
    assertThat(figures.subList(0, 55))
        .allSatisfy(
            f -> {
              assertThat(f.synthetic()).isTrue();
              assertThat(f.commentary()).isEqualTo(SyntheticHistory.LABEL);
            });
  }

  @Test
  void givesNewIndicatorsNoFigures() {
    long newIndicator = indicators.currentByCode("26").orElseThrow().indicatorId();

    assertThat(measurements.of(newIndicator)).isEmpty();
  }

  @Test
  void recordsTheImportInTheAuditTrail() {
    Integer events =
        jdbc.sql("select count(*) from audit_event where action = 'catalogue.imported'")
            .query(Integer.class)
            .single();

    assertThat(events).isEqualTo(1);
  }
}
