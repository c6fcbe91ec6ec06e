package org.barometer.app.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.barometer.app.indicator.DefinitionForm;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.indicator.OwnerForm;

/**
 * The register's requests and answers: an indicator's definition as a program sends it, and each
 * stored version of it. The fields are named as the register's form names them, so a refusal names
 * the same field the form would.
 */
final class RegisterViews {

  private RegisterViews() {}

  /**
   * A definition sent by a program. {@code unit}, {@code polarity}, {@code aggregation}, {@code
   * basis} and {@code frequency} take the names the versions show; {@code department}, {@code
   * service}, {@code committee} and {@code aim} are ids from the organisation, or null for none;
   * {@code toleranceKind} is null for the organisation's tolerance, RELATIVE (a percentage of the
   * target) or ABSOLUTE (an amount in the unit); {@code version} is the version changed from.
   */
  record DefinitionRequest(
      String code,
      String name,
      String definition,
      String unit,
      Integer decimals,
      String polarity,
      String aggregation,
      String basis,
      String frequency,
      Boolean components,
      Long department,
      Long service,
      Long committee,
      Long aim,
      Boolean contextual,
      String toleranceKind,
      BigDecimal toleranceValue,
      String comments,
      String reason,
      Integer version) {

    DefinitionForm form() {
      return new DefinitionForm(
          text(code),
          text(name),
          text(definition),
          text(unit),
          decimals == null ? "" : decimals.toString(),
          text(polarity),
          text(aggregation),
          text(basis),
          text(frequency),
          Boolean.toString(Boolean.TRUE.equals(components)),
          id(department),
          id(service),
          id(committee),
          id(aim),
          Boolean.toString(Boolean.TRUE.equals(contextual)),
          text(toleranceKind),
          toleranceValue == null ? "" : toleranceValue.toPlainString(),
          text(comments),
          text(reason),
          version);
    }
  }

  /** Why an indicator is retired. */
  record RetireRequest(String reason) {}

  /** The owner chosen: a data owner's user id, or null for nobody. */
  record OwnerRequest(Long owner, String reason, Integer version) {

    OwnerForm form() {
      return new OwnerForm(id(owner), reason, version);
    }
  }

  /** One version of an indicator's definition, with who made it, when and why. */
  record DefinitionView(
      String code,
      int version,
      String name,
      String definition,
      String unit,
      int decimals,
      String polarity,
      String aggregation,
      String basis,
      String frequency,
      boolean components,
      Long department,
      Long service,
      Long committee,
      Long aim,
      boolean contextual,
      String toleranceKind,
      BigDecimal toleranceValue,
      String comments,
      Long owner,
      String changedBy,
      Instant changedAt,
      String reason) {

    static DefinitionView of(IndicatorVersion stored) {
      DefinitionForm f = DefinitionForm.of(stored);
      return new DefinitionView(
          f.code(),
          stored.version(),
          f.name(),
          f.definition(),
          f.unit(),
          Integer.parseInt(f.decimals()),
          f.polarity(),
          f.aggregation(),
          f.basis(),
          f.frequency(),
          Boolean.parseBoolean(f.components()),
          number(f.department()),
          number(f.service()),
          number(f.committee()),
          number(f.aim()),
          Boolean.parseBoolean(f.contextual()),
          f.toleranceKind().isEmpty() ? null : f.toleranceKind(),
          f.toleranceValue().isEmpty() ? null : new BigDecimal(f.toleranceValue()),
          f.comments(),
          stored.definition().ownerUserId().orElse(null),
          stored.changedBy(),
          stored.changedAt(),
          stored.changeReason());
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String id(Long value) {
    return value == null ? "" : value.toString();
  }

  private static Long number(String id) {
    return id.isEmpty() ? null : Long.valueOf(id);
  }
}
