package org.barometer.app.organisation;

import java.math.BigDecimal;
import org.barometer.core.status.Tolerance;

/**
 * The organisation-wide defaults an administrator sets.
 *
 * @param tolerance the tolerance of every indicator that has none of its own
 * @param dueWorkingDays figures are due on this working day after their period ends
 * @param organisationName the organisation's name, as reports print it
 * @param councillorsSeeDrafts whether councillors read reports before they are published
 */
record Defaults(
    Tolerance tolerance,
    int dueWorkingDays,
    String organisationName,
    boolean councillorsSeeDrafts) {

  /** {@code RELATIVE} or {@code ABSOLUTE}, as stored. */
  String toleranceKind() {
    return tolerance instanceof Tolerance.Relative ? "RELATIVE" : "ABSOLUTE";
  }

  /** The tolerance as its form shows it: a percentage for a share, like 10, or an amount. */
  String toleranceAsTyped() {
    BigDecimal number =
        tolerance instanceof Tolerance.Relative relative
            ? relative.share().movePointRight(2)
            : ((Tolerance.Absolute) tolerance).amount();
    return number.stripTrailingZeros().toPlainString();
  }

  /** The tolerance as stored: a share from 0 to 1, or an amount. */
  String toleranceAsStored() {
    return tolerance instanceof Tolerance.Relative relative
        ? relative.share().toPlainString()
        : ((Tolerance.Absolute) tolerance).amount().toPlainString();
  }

  boolean sameTolerance(Defaults other) {
    return toleranceKind().equals(other.toleranceKind())
        && new BigDecimal(toleranceAsTyped()).compareTo(new BigDecimal(other.toleranceAsTyped()))
            == 0;
  }

  SettingsForm asForm() {
    return new SettingsForm(
        toleranceKind(),
        toleranceAsTyped(),
        Integer.toString(dueWorkingDays),
        organisationName,
        Boolean.toString(councillorsSeeDrafts),
        "");
  }
}
