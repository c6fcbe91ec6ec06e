package org.barometer.app.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a catalogue from a folder of CSV files (see docs/import-formats.md). Every file is read
 * and every error is collected, each placed by file, row and column; the result is either the whole
 * catalogue or the list of errors, never part of a catalogue.
 */
public final class ImportCatalogue {

  /** Imports the catalogue in the folder. */
  public ImportResult from(CatalogueFolder folder) {
    ImportErrors errors = new ImportErrors();
    Organisation organisation = DepartmentsFile.read(folder, errors);
    Map<String, Committee> committees = CommitteesFile.read(folder, organisation, errors);
    Optional<List<Aim>> aims = AimsFile.read(folder, errors);
    IndicatorsFile.Read indicators =
        IndicatorsFile.read(folder, organisation, committees, aims, errors);
    List<IndicatorTarget> targets = TargetsFile.read(folder, indicators, errors);
    PeriodTargetCheck.check(indicators, targets);
    MilestonesFile.Read milestones = MilestonesFile.read(folder, errors);
    List<Action> actions = ActionsFile.read(folder, organisation, aims, milestones, errors);
    if (!errors.isEmpty()) {
      return new ImportResult.Rejected(errors.list());
    }
    return new ImportResult.Imported(
        new Catalogue(
            organisation.departments(),
            List.copyOf(committees.values()),
            aims.orElseThrow(),
            indicators.indicators().values().stream()
                .sorted(Comparator.comparingInt(Indicator::number))
                .toList(),
            targets,
            actions));
  }
}
