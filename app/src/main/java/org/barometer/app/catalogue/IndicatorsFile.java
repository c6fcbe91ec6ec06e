package org.barometer.app.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.AggregationLabel;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.period.Frequency;

/** Reads indicators.csv: one row per indicator, with its printed text beside what is read. */
final class IndicatorsFile {

  static final CsvFile FILE =
      new CsvFile(
          "indicators.csv",
          List.of(
              "number",
              "short_name_as_printed",
              "short_name",
              "aggregation",
              "polarity_as_printed",
              "polarity",
              "unit",
              "decimals",
              "entry_basis",
              "latest_as_printed",
              "department_as_printed"),
          List.of(
              "new_mpr_indicator",
              "aggregation_label_as_printed",
              "frequency",
              "components",
              "latest_value",
              "latest_period",
              "latest_period_target",
              "aim",
              "comments",
              "note"));

  private final Organisation organisation;
  private final Map<String, Committee> committees;
  private final Optional<List<Aim>> aims;
  private final Map<Integer, CsvRow> rows = new TreeMap<>();
  private final Map<Integer, Indicator> indicators = new TreeMap<>();

  private IndicatorsFile(
      Organisation organisation, Map<String, Committee> committees, Optional<List<Aim>> aims) {
    this.organisation = organisation;
    this.committees = committees;
    this.aims = aims;
  }

  /** The indicators read, by number, with the row each was read from. */
  record Read(Map<Integer, Indicator> indicators, Map<Integer, CsvRow> rows, boolean read) {}

  static Read read(
      CatalogueFolder folder,
      Organisation organisation,
      Map<String, Committee> committees,
      Optional<List<Aim>> aims,
      ImportErrors errors) {
    IndicatorsFile file = new IndicatorsFile(organisation, committees, aims);
    Optional<List<CsvRow>> rows = FILE.read(folder, errors);
    rows.ifPresent(list -> list.forEach(file::add));
    return new Read(Map.copyOf(file.indicators), Map.copyOf(file.rows), rows.isPresent());
  }

  private void add(CsvRow row) {
    Optional<Integer> number = row.integer("number", 1);
    List<String> notes = new ArrayList<>();
    Optional<String> name = IndicatorNames.read(row, notes);
    Optional<Measure> measure = measure(row, notes);
    Optional<LatestFigure> latest = LatestColumns.read(row);
    Optional<Boolean> fresh = row.yesNo("new_mpr_indicator");
    Optional<Ownership> owner =
        row.required("department_as_printed")
            .flatMap(label -> organisation.owner(row, "department_as_printed", label));
    Optional<String> aim = aim(row);
    number.ifPresent(n -> unique(row, n));
    if (!row.clean()) {
      return;
    }
    if (!row.blank("note")) {
      notes.add(0, row.text("note"));
    }
    Committee committee = committees.get(owner.get().department());
    indicators.put(
        number.get(),
        new Indicator(
            number.get(),
            fresh.get(),
            name.get(),
            row.text("short_name_as_printed"),
            row.text("aggregation_label_as_printed"),
            row.text("polarity_as_printed"),
            measure.get(),
            latest.get(),
            owner.get(),
            committee == null ? "" : committee.name(),
            aim,
            row.text("comments"),
            notes));
  }

  private void unique(CsvRow row, int number) {
    CsvRow earlier = rows.putIfAbsent(number, row);
    if (earlier != null) {
      row.error("number", "indicator " + number + " is already at row " + earlier.number());
    }
  }

  private Optional<Measure> measure(CsvRow row, List<String> notes) {
    Optional<AggregationKind> aggregation = aggregation(row, notes);
    Optional<Polarity> polarity = IndicatorNames.polarity(row);
    Optional<Unit> unit = row.choice("unit", Unit.class);
    Optional<Integer> decimals = row.integer("decimals", 0);
    Optional<EntryBasis> basis = row.choice("entry_basis", EntryBasis.class);
    Optional<Frequency> frequency =
        row.blank("frequency")
            ? Optional.of(Frequency.MONTHLY)
            : row.choice("frequency", Frequency.class);
    Optional<Boolean> components = row.yesNo("components");
    if (!row.clean()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Measure(
              unit.get(),
              decimals.get(),
              polarity.get(),
              aggregation.get(),
              basis.get(),
              frequency.get(),
              components.get()));
    } catch (IllegalArgumentException e) {
      row.error(decimals.get() > 6 ? "decimals" : "entry_basis", e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<AggregationKind> aggregation(CsvRow row, List<String> notes) {
    Optional<AggregationKind> kind = row.choice("aggregation", AggregationKind.class);
    String printed = row.text("aggregation_label_as_printed");
    if (printed.isBlank()) {
      if (row.blank("note")) {
        row.error(
            "note", "no aggregation label is printed: say here why the aggregation is what it is");
      }
      return kind;
    }
    try {
      AggregationLabel label = AggregationLabel.read(printed);
      notes.addAll(label.notes());
      if (kind.isPresent() && kind.get() != label.kind()) {
        row.error(
            "aggregation",
            kind.get() + " is not what the label '" + printed + "' says: " + label.kind());
      }
    } catch (IllegalArgumentException e) {
      row.error("aggregation_label_as_printed", e.getMessage());
    }
    return kind;
  }

  private Optional<String> aim(CsvRow row) {
    if (row.blank("aim")) {
      return Optional.empty();
    }
    String name = row.text("aim").strip();
    if (aims.isPresent() && aims.get().stream().noneMatch(aim -> aim.name().equals(name))) {
      row.error("aim", "'" + name + "' is not an aim in aims.csv");
    }
    return Optional.of(name);
  }
}
