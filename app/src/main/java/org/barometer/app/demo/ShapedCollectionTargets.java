package org.barometer.app.demo;

import java.time.Instant;
import java.util.List;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditJson;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.target.StoredTarget;
import org.barometer.app.target.Targets;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetShape;
import org.barometer.core.target.TargetText;
import org.barometer.core.target.TargetVersion;

/**
 * The demo judges its two collection rates, Council Tax (2) and Non-Domestic Rates (3), as a
 * council would: against their year-end targets spread over the months in the shape of 2015/16's
 * collection, not against March's 97.20% in every month. Each is a new version of the printed
 * target, with the printed one kept in its history.
 */
final class ShapedCollectionTargets {

  /** The seed's year-to-date collection rates. */
  static final List<Integer> COLLECTION_RATES = List.of(2, 3);

  static final FinancialYear SHAPE_YEAR = new FinancialYear(2015);

  private ShapedCollectionTargets() {}

  static void shape(
      long indicatorId,
      String code,
      Measure measure,
      Series series,
      Targets targets,
      AuditTrail audit,
      String actor,
      Instant now) {
    TargetShape shape =
        ((TargetShape.Drawn) TargetShape.of(measure, series, List.of(SHAPE_YEAR))).shape();
    for (StoredTarget printed : targets.of(indicatorId)) {
      TargetVersion version = printed.version();
      if (!(version.target() instanceof Target.SingleValue single)) {
        continue;
      }
      ExactValue yearEnd = ExactValue.of(single.value());
      TargetVersion shaped =
          new TargetVersion(
              version.year(),
              shape.spread(yearEnd, measure),
              version.year().firstMonth(),
              version.decision(),
              "A year-to-date collection rate is judged against the part of its year-end target"
                  + " that earlier years had collected by each month. Each month's target is "
                  + measure.show(yearEnd)
                  + " in the shape of "
                  + shape.yearsInWords()
                  + " (the demo's synthetic history)",
              actor,
              now);
      targets.add(indicatorId, shaped, "", "");
      audit.record(
          new AuditEvent(
              now,
              actor,
              "target.changed",
              "indicator",
              code,
              AuditJson.of(
                  java.util.Map.of(
                      "year", version.year().label(),
                      "target", TargetText.of(version.target(), measure))),
              AuditJson.of(
                  java.util.Map.of(
                      "year", version.year().label(),
                      "kind", "PROFILE",
                      "target", TargetText.of(shaped.target(), measure))),
              shaped.changeReason()));
    }
  }
}
