package org.barometer.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.catalogue.Catalogue;
import org.barometer.app.catalogue.CatalogueFolder;
import org.barometer.app.catalogue.CatalogueStore;
import org.barometer.app.catalogue.ImportCatalogue;
import org.barometer.app.catalogue.ImportResult;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.target.Targets;
import org.barometer.core.measurement.Measurement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of an empty installation, loads the seed catalogue (Southend-on-Sea's 2017/18
 * corporate indicators) and the demo's synthetic history, unless {@code barometer.demo-data} is
 * false. It loads all or nothing, once.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

  static final String ACTOR = "demo-data";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final boolean enabled;
  private final Indicators indicators;
  private final Measurements measurements;
  private final CatalogueStore store;
  private final AuditTrail audit;
  private final Clock clock;
  private final Targets targets;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final org.barometer.app.organisation.OrganisationSettings settings;

  DemoData(
      @Value("${barometer.demo-data:true}") boolean enabled,
      Indicators indicators,
      Measurements measurements,
      CatalogueStore store,
      AuditTrail audit,
      Clock clock,
      Targets targets,
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      org.barometer.app.organisation.OrganisationSettings settings) {
    this.targets = targets;
    this.jdbc = jdbc;
    this.settings = settings;
    this.enabled = enabled;
    this.indicators = indicators;
    this.measurements = measurements;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    // Nodes starting together queue here; the first loads, the others then find it loaded.
    jdbc.sql("select pg_advisory_xact_lock(7301)").query((rs, row) -> true).list();
    if (!indicators.isEmpty()) {
      return;
    }
    ImportResult result = new ImportCatalogue().from(CatalogueFolder.southend2017());
    Catalogue catalogue =
        result
            .catalogue()
            .orElseThrow(
                () -> new IllegalStateException("The seed does not import: " + result.errors()));
    Instant now = clock.instant();
    Map<Integer, Long> ids = store.save(catalogue, ACTOR, now);
    settings.put(
        org.barometer.app.organisation.OrganisationSettings.ORGANISATION_NAME,
        "Southend-on-Sea Borough Council",
        ACTOR,
        now);
    Map<Integer, List<Measurement>> history = DemoHistory.of(catalogue);
    history.forEach(
        (number, figures) -> saveHistory(ids.get(number), catalogue, number, figures, now));
    for (int number : ShapedCollectionTargets.COLLECTION_RATES) {
      long id = ids.get(number);
      IndicatorVersion indicator = indicators.current(id).orElseThrow();
      var measure = indicator.definition().measure();
      ShapedCollectionTargets.shape(
          id,
          indicator.definition().code(),
          measure,
          measurements.seriesOf(id, measure.frequency(), true),
          targets,
          audit,
          ACTOR,
          now);
    }
    audit.record(
        new AuditEvent(
            now,
            ACTOR,
            "catalogue.imported",
            "catalogue",
            CatalogueFolder.SOUTHEND_2017_18,
            null,
            "{\"indicators\":" + catalogue.indicators().size() + "}",
            "first start of an empty installation with demo data on"));
    log.info(
        "Loaded the demo data: {} indicators with synthetic history to November 2016",
        catalogue.indicators().size());
  }

  private void saveHistory(
      long indicatorId, Catalogue catalogue, int number, List<Measurement> figures, Instant now) {
    var real = catalogue.indicator(number).latest().period().orElseThrow();
    for (Measurement figure : figures) {
      boolean synthetic = !figure.period().lastMonth().equals(real);
      measurements.add(
          indicatorId,
          figure.period(),
          figure.figure(),
          FigureState.APPROVED,
          synthetic ? SyntheticHistory.LABEL : "As printed in the seed report",
          1,
          synthetic,
          ACTOR,
          now);
    }
  }
}
