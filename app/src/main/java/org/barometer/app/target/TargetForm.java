package org.barometer.app.target;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.barometer.app.form.DateField;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetVersion;

/**
 * A target for one year as typed into the editor or sent to the API: text until it is checked.
 *
 * @param kind a {@link TargetKind} name
 * @param value the single value
 * @param low the bottom of a range
 * @param high the top of a range
 * @param yearEnd the value to reach by March, for a monthly step
 * @param perMonth the monthly step
 * @param months twelve values, April first, for a monthly profile
 * @param note why a target is to be confirmed
 * @param appliesFrom the first month it applies to, {@code 2017-04}
 * @param proposedBy who proposed it
 * @param agreedBy the body that agreed it, or the delegation it was set under
 * @param decidedDay the day of the decision
 * @param decidedMonth the month of the decision
 * @param decidedYear the year of the decision
 * @param reference the minute number or decision notice
 * @param reason why it is set or changed
 * @param basedOn the id of the year's latest version when the form was opened; 0 when there was
 *     none. A different latest version now means someone else changed it meanwhile.
 * @param shapeYearEnd the year-end value of a target in the shape of earlier years
 * @param shapeYears the earlier years whose shape it takes, such as {@code 2015-16}
 */
public record TargetForm(
    String kind,
    String value,
    String low,
    String high,
    String yearEnd,
    String perMonth,
    List<String> months,
    String note,
    String appliesFrom,
    String proposedBy,
    String agreedBy,
    String decidedDay,
    String decidedMonth,
    String decidedYear,
    String reference,
    String reason,
    Long basedOn,
    String shapeYearEnd,
    List<String> shapeYears) {

  public TargetForm {
    months = months == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(months));
    shapeYears =
        shapeYears == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(shapeYears));
  }

  /** The decision's date as typed. */
  public DateField.Parts decidedOn() {
    return new DateField.Parts(decidedDay, decidedMonth, decidedYear);
  }

  /** The twelve month boxes, blank where nothing was typed. */
  public List<String> monthBoxes() {
    List<String> boxes = new ArrayList<>(months);
    while (boxes.size() < 12) {
      boxes.add("");
    }
    return boxes;
  }

  /** An empty form for a year without a target, applying from April. */
  public static TargetForm blank(FinancialYear year) {
    return new TargetForm(
        TargetKind.SINGLE.name(),
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "",
        year.firstMonth().toString(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        0L,
        "",
        List.of());
  }

  /**
   * The form filled from the year's latest version, to change it from {@code from}: the decision
   * and the reason are left for the new one.
   */
  public static TargetForm changing(StoredTarget latest, Measure measure, YearMonth from) {
    TargetVersion version = latest.version();
    Target target = version.target();
    String value = "";
    String low = "";
    String high = "";
    String yearEnd = "";
    String perMonth = "";
    List<String> months = List.of();
    String note = "";
    if (target instanceof Target.SingleValue single) {
      value = plain(single.value());
    } else if (target instanceof Target.Range range) {
      low = plain(range.low());
      high = plain(range.high());
    } else if (target instanceof Target.MonthlyIncrement increment) {
      yearEnd = plain(increment.month(12));
      perMonth = plain(increment.perMonth());
    } else if (target instanceof Target.MonthlyProfile profile) {
      months = profile.months().stream().map(m -> shown(measure, m)).toList();
    } else if (target instanceof Target.ToBeConfirmed tbc) {
      note = tbc.note();
    }
    return new TargetForm(
        TargetKind.of(target).name(),
        value,
        low,
        high,
        yearEnd,
        perMonth,
        months,
        note,
        from.toString(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        latest.id(),
        "",
        List.of());
  }

  /** The same form with the month boxes replaced. */
  public TargetForm withMonths(List<String> newMonths) {
    return copy(newMonths, basedOn);
  }

  /** The same form, now based on another latest version. */
  public TargetForm basedOn(long latestId) {
    return copy(months, latestId);
  }

  private TargetForm copy(List<String> newMonths, Long newBasedOn) {
    return new TargetForm(
        kind,
        value,
        low,
        high,
        yearEnd,
        perMonth,
        newMonths,
        note,
        appliesFrom,
        proposedBy,
        agreedBy,
        decidedDay,
        decidedMonth,
        decidedYear,
        reference,
        reason,
        newBasedOn,
        shapeYearEnd,
        shapeYears);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * A profile's month as a box shows it: exactly when it is a decimal, else rounded two places past
   * the indicator's display decimals (a profile through points can hold thirds).
   */
  static String shown(Measure measure, ExactValue value) {
    String exact = value.toString();
    return exact.contains("/") ? plain(value.round(measure.decimals() + 2)) : exact;
  }
}
