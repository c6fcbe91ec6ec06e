package org.barometer.app.indicator;

import java.util.Optional;

/**
 * An indicator's definition as typed into the register's form: text until it is checked.
 *
 * @param code its reference, such as {@code 35}; fixed once made
 * @param name its short name
 * @param definition what it counts, in full
 * @param unit a {@link org.barometer.core.indicator.Unit} name
 * @param decimals decimals shown
 * @param polarity MAXIMISE, MINIMISE or GOLDILOCKS
 * @param aggregation an {@link org.barometer.core.indicator.AggregationKind} name
 * @param basis an {@link org.barometer.core.indicator.EntryBasis} name
 * @param frequency MONTHLY, QUARTERLY or ANNUAL
 * @param components "true" when collected as numerator and denominator
 * @param department a department's id, or empty
 * @param service a service's id, or empty
 * @param committee a committee's id, or empty
 * @param aim an aim's id, or empty
 * @param contextual "true" for an indicator monitored for trend only
 * @param toleranceKind empty for the organisation's, RELATIVE or ABSOLUTE
 * @param toleranceValue a percentage for RELATIVE (10 for 10%), an amount for ABSOLUTE
 * @param comments comments shown with it
 * @param reason why it is made or changed
 * @param version the version the change is made from; empty for a new indicator
 */
public record DefinitionForm(
    String code,
    String name,
    String definition,
    String unit,
    String decimals,
    String polarity,
    String aggregation,
    String basis,
    String frequency,
    String components,
    String department,
    String service,
    String committee,
    String aim,
    String contextual,
    String toleranceKind,
    String toleranceValue,
    String comments,
    String reason,
    Integer version) {

  /** The form as a stored definition fills it. */
  public static DefinitionForm of(IndicatorVersion stored) {
    IndicatorDefinition d = stored.definition();
    var m = d.measure();
    var p = d.placement();
    String kind =
        d.tolerance()
            .map(
                t ->
                    t instanceof org.barometer.core.status.Tolerance.Relative
                        ? "RELATIVE"
                        : "ABSOLUTE")
            .orElse("");
    String amount =
        d.tolerance()
            .map(
                t ->
                    t instanceof org.barometer.core.status.Tolerance.Relative r
                        ? r.share().movePointRight(2).stripTrailingZeros().toPlainString()
                        : ((org.barometer.core.status.Tolerance.Absolute) t)
                            .amount()
                            .toPlainString())
            .orElse("");
    return new DefinitionForm(
        d.code(),
        d.name(),
        d.definition(),
        m.unit().name(),
        Integer.toString(m.decimals()),
        m.polarity().name(),
        m.aggregation().name(),
        m.basis().name(),
        m.frequency().name(),
        Boolean.toString(m.components()),
        id(p.departmentId()),
        id(p.serviceId()),
        id(p.committeeId()),
        id(p.aimId()),
        Boolean.toString(d.contextual()),
        kind,
        amount,
        d.comments(),
        "",
        stored.version());
  }

  /** An empty form for a new indicator, with the usual choices made. */
  public static DefinitionForm blank() {
    return new DefinitionForm(
        "",
        "",
        "",
        "PERCENTAGE",
        "1",
        "MAXIMISE",
        "SNAPSHOT",
        "PERIOD",
        "MONTHLY",
        "false",
        "",
        "",
        "",
        "",
        "false",
        "",
        "",
        "",
        "",
        null);
  }

  private static String id(Optional<Long> id) {
    return id.map(Object::toString).orElse("");
  }
}
