package org.barometer.app.catalogue;

import java.math.BigDecimal;
import java.util.Optional;
import org.barometer.core.number.ExactValue;
import org.barometer.core.target.PrintedTarget;
import org.barometer.core.target.Target;

/**
 * Checks that the target stated in a row's columns is the one its printed text states. The one
 * allowed difference is a monthly profile whose year-end value is the printed single value: a
 * derivation the row's note must explain.
 */
final class PrintedAgreement {

  private PrintedAgreement() {}

  static void check(
      CsvRow row, PrintedTarget printed, TargetColumns.Kind kind, Optional<Target> stated) {
    Optional<Target> read = printed.target();
    if (agree(read, stated)) {
      return;
    }
    String column = sameKind(read, stated) ? valueColumn(kind) : "kind";
    row.error(
        column,
        "'"
            + printed.printed()
            + "' as printed is "
            + describe(read)
            + ", but the columns state "
            + describe(stated));
  }

  private static boolean agree(Optional<Target> printed, Optional<Target> stated) {
    if (printed.isEmpty() || stated.isEmpty()) {
      return printed.isEmpty() && stated.isEmpty();
    }
    Target a = printed.get();
    Target b = stated.get();
    if (a instanceof Target.SingleValue single && b instanceof Target.MonthlyProfile profile) {
      return profile.month(12).compareTo(ExactValue.of(single.value())) == 0;
    }
    if (a instanceof Target.SingleValue x && b instanceof Target.SingleValue y) {
      return same(x.value(), y.value());
    }
    if (a instanceof Target.Range x && b instanceof Target.Range y) {
      return same(x.low(), y.low()) && same(x.high(), y.high());
    }
    if (a instanceof Target.MonthlyIncrement x && b instanceof Target.MonthlyIncrement y) {
      return same(x.start(), y.start()) && same(x.perMonth(), y.perMonth());
    }
    return a.getClass().equals(b.getClass()) && !(a instanceof Target.MonthlyProfile);
  }

  private static boolean sameKind(Optional<Target> a, Optional<Target> b) {
    return a.isPresent() && b.isPresent() && a.get().getClass().equals(b.get().getClass());
  }

  private static String valueColumn(TargetColumns.Kind kind) {
    return switch (kind) {
      case RANGE -> "low";
      case MONTHLY_INCREMENT -> "per_month";
      default -> "value";
    };
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  static String describe(Optional<Target> target) {
    if (target.isEmpty()) {
      return "no target for the year (N/A)";
    }
    Target t = target.get();
    if (t instanceof Target.SingleValue single) {
      return "the single value " + single.value().toPlainString();
    }
    if (t instanceof Target.Range range) {
      return "the range " + range.low().toPlainString() + " to " + range.high().toPlainString();
    }
    if (t instanceof Target.MonthlyIncrement increment) {
      return increment.month(12).toPlainString()
          + " by March at "
          + increment.perMonth().toPlainString()
          + " a month from "
          + increment.start().toPlainString();
    }
    if (t instanceof Target.MonthlyProfile profile) {
      return "a monthly profile reaching " + profile.month(12);
    }
    return t instanceof Target.ToBeConfirmed ? "to be confirmed (TBC)" : "no target";
  }
}
