package org.barometer.app.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.PrintedTarget;
import org.barometer.core.target.Target;

/**
 * Reads targets.csv: one row per indicator and year, the target as printed beside the target it
 * states, and the decision behind it as far as the source tells.
 */
final class TargetsFile {

  static final CsvFile FILE =
      new CsvFile(
          "targets.csv",
          List.of("indicator", "year", "as_printed", "kind"),
          List.of(
              "value",
              "low",
              "high",
              "start",
              "per_month",
              "profile_points",
              "proposed_by",
              "agreed_by",
              "decided_on",
              "reference",
              "note"));

  private final IndicatorsFile.Read indicators;
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<IndicatorTarget> targets = new ArrayList<>();

  private TargetsFile(IndicatorsFile.Read indicators) {
    this.indicators = indicators;
  }

  static List<IndicatorTarget> read(
      CatalogueFolder folder, IndicatorsFile.Read indicators, ImportErrors errors) {
    TargetsFile file = new TargetsFile(indicators);
    FILE.read(folder, errors).ifPresent(rows -> rows.forEach(file::add));
    return List.copyOf(file.targets);
  }

  private void add(CsvRow row) {
    Optional<Integer> indicator = indicator(row);
    Optional<FinancialYear> year = year(row);
    Optional<PrintedTarget> printed = printed(row);
    Optional<TargetColumns.Kind> kind = row.choice("kind", TargetColumns.Kind.class);
    DecisionTrail trail = trail(row);
    if (indicator.isPresent() && year.isPresent()) {
      unique(row, indicator.get(), year.get());
    }
    if (kind.isEmpty() || year.isEmpty()) {
      return;
    }
    Optional<Optional<Target>> target = TargetColumns.read(row, kind.get(), year.get());
    if (target.isEmpty() || printed.isEmpty() || indicator.isEmpty()) {
      return;
    }
    PrintedAgreement.check(row, printed.get(), kind.get(), target.get());
    goldilocksOnly(row, indicator.get(), target.get());
    if (row.clean()) {
      targets.add(
          new IndicatorTarget(
              indicator.get(),
              year.get(),
              row.text("as_printed"),
              target.get(),
              trail,
              printed.get().notes()));
    }
  }

  private void unique(CsvRow row, int indicator, FinancialYear year) {
    Integer earlier = seen.putIfAbsent(indicator + " " + year, row.number());
    if (earlier != null) {
      row.error("year", "indicator " + indicator + " has a " + year + " target at row " + earlier);
    }
  }

  private Optional<Integer> indicator(CsvRow row) {
    Optional<Integer> number = row.integer("indicator", 1);
    if (number.isPresent() && indicators.read() && !indicators.rows().containsKey(number.get())) {
      row.error("indicator", "there is no indicator " + number.get() + " in indicators.csv");
    }
    return number;
  }

  private static Optional<FinancialYear> year(CsvRow row) {
    try {
      return row.required("year").map(FinancialYear::parse);
    } catch (IllegalArgumentException e) {
      row.error("year", e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<PrintedTarget> printed(CsvRow row) {
    try {
      return row.required("as_printed").map(PrintedTarget::read);
    } catch (IllegalArgumentException e) {
      row.error("as_printed", e.getMessage());
      return Optional.empty();
    }
  }

  private static DecisionTrail trail(CsvRow row) {
    Optional<LocalDate> decidedOn = row.date("decided_on");
    if (decidedOn.isPresent() && row.blank("agreed_by")) {
      row.error("agreed_by", "is empty; a decision date needs the body that agreed the target");
    }
    return new DecisionTrail(
        row.text("proposed_by"),
        row.text("agreed_by"),
        decidedOn,
        row.text("reference"),
        row.text("note"));
  }

  private void goldilocksOnly(CsvRow row, int number, Optional<Target> target) {
    Indicator indicator = indicators.indicators().get(number);
    if (indicator != null
        && target.filter(Target.Range.class::isInstance).isPresent()
        && indicator.measure().polarity() != Polarity.GOLDILOCKS) {
      row.error(
          "kind",
          "a range is for a Goldilocks indicator; indicator "
              + number
              + " is "
              + indicator.measure().polarity().label().toLowerCase(Locale.UK));
    }
  }
}
