package org.barometer.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedImportTest {

  @TempDir Path folder;

  private final ImportCatalogue importer = new ImportCatalogue();

  @Test
  void refusesADueDateThatDoesNotExistAndStoresNothing() {
    SeedCopy copy = SeedCopy.in(folder).set("actions.csv", 34, "due_date", "31 Sept 2017");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.catalogue()).isEmpty();
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "actions.csv row 34, column due_date: 31 Sept 2017 is not a date: September has 30 days");
  }

  @Test
  void refusesAnIsoDueDateThatDoesNotExist() {
    SeedCopy copy = SeedCopy.in(folder).set("milestones.csv", 2, "due_date", "2017-09-31");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "milestones.csv row 2, column due_date: 2017-09-31 is not a date: September has 30 days");
  }

  @Test
  void refusesAPrintedDateThatDoesNotExistWhenNothingCorrectsIt() {
    SeedCopy copy =
        SeedCopy.in(folder)
            .set("milestones.csv", 2, "due_date", "")
            .set("milestones.csv", 2, "correction_note", "");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.file()).isEqualTo("milestones.csv");
              assertThat(error.row()).isEqualTo(2);
              assertThat(error.column()).isEqualTo("due_date_as_printed");
              assertThat(error.reason())
                  .startsWith("31 Sept 2017 is not a date: September has 30 days");
            });
  }

  @Test
  void refusesACorrectionThatIsNotExplained() {
    SeedCopy copy = SeedCopy.in(folder).set("milestones.csv", 2, "correction_note", "");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.column()).isEqualTo("due_date_as_printed"))
        .satisfies(
            error ->
                assertThat(error.reason())
                    .contains("say in correction_note why due_date is 2017-09-30"));
  }

  @Test
  void refusesADateThatSilentlyDiffersFromThePrintedOne() {
    SeedCopy copy = SeedCopy.in(folder).set("actions.csv", 2, "due_date", "2018-03-30");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "actions.csv row 2, column due_date: 2018-03-30 is not the printed date 31 March 2018;"
                + " say why in correction_note");
  }

  @Test
  void refusesAnUnknownDirectorateWithItsRowAndColumn() {
    SeedCopy copy =
        SeedCopy.in(folder)
            .set("actions.csv", 3, "directorates_as_printed", "Department for Place Parks");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.catalogue()).isEmpty();
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "actions.csv row 3, column directorates_as_printed: 'Department for Place Parks' is not"
                + " a printed label of any service in departments.csv");
  }

  @Test
  void refusesAnUnknownDepartmentLabelOfAnIndicator() {
    SeedCopy copy =
        SeedCopy.in(folder)
            .set("indicators.csv", 2, "department_as_printed", "Department of Customer Services");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.column()).isEqualTo("department_as_printed"));
  }

  @Test
  void collectsEveryErrorAcrossFiles() {
    SeedCopy copy =
        SeedCopy.in(folder)
            .set("actions.csv", 34, "due_date", "31 Sept 2017")
            .set("actions.csv", 3, "directorates_as_printed", "Department for Place Parks")
            .set("indicators.csv", 7, "unit", "PERCENT")
            .set("targets.csv", 2, "year", "2016/18");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.catalogue()).isEmpty();
    assertThat(result.errors())
        .extracting(ImportError::file, ImportError::row, ImportError::column)
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("actions.csv", 34, "due_date"),
            org.assertj.core.api.Assertions.tuple("actions.csv", 3, "directorates_as_printed"),
            org.assertj.core.api.Assertions.tuple("indicators.csv", 7, "unit"),
            org.assertj.core.api.Assertions.tuple("targets.csv", 2, "year"));
  }

  @Test
  void refusesAMissingFile() {
    SeedCopy copy = SeedCopy.in(folder).delete("milestones.csv");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .first()
        .hasToString("milestones.csv: the file is missing from " + folder);
  }

  @Test
  void refusesAMisspeltColumn() {
    SeedCopy copy = SeedCopy.in(folder).renameColumn("committees.csv", "department", "dept");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .extracting(ImportError::toString)
        .contains("committees.csv row 1, column department: the column is missing from the header")
        .anyMatch(text -> text.startsWith("committees.csv row 1, column dept: unknown column"));
  }

  @Test
  void refusesAFileThatIsNotUtf8() {
    SeedCopy copy =
        SeedCopy.in(folder)
            .overwrite(
                "committees.csv",
                "committee,department\nPeople Scrutiny \u00e9,People\n"
                    .getBytes(StandardCharsets.ISO_8859_1));

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .extracting(ImportError::toString)
        .contains("committees.csv: the file is not UTF-8 text");
  }

  @Test
  void refusesATargetWhoseColumnsDisagreeWithItsPrintedText() {
    SeedCopy copy = SeedCopy.in(folder).set("targets.csv", 2, "value", "8.00");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "targets.csv row 2, column value: '80.00%' as printed is the single value 80.00, but the"
                + " columns state the single value 8.00");
  }

  @Test
  void refusesARangeForAnIndicatorThatIsNotGoldilocks() {
    SeedCopy copy =
        SeedCopy.in(folder)
            .set("targets.csv", 2, "as_printed", "70-80")
            .set("targets.csv", 2, "kind", "RANGE")
            .set("targets.csv", 2, "value", "")
            .set("targets.csv", 2, "low", "70")
            .set("targets.csv", 2, "high", "80");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.column()).isEqualTo("kind"))
        .satisfies(error -> assertThat(error.reason()).contains("Goldilocks"));
  }

  @Test
  void refusesALatestFigureThatIsNotThePrintedOne() {
    SeedCopy copy = SeedCopy.in(folder).set("indicators.csv", 7, "latest_value", "91.7");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "indicators.csv row 7, column latest_value: 91.7 is not the printed figure 91.66");
  }

  @Test
  void refusesALinearTargetThatMissesThePrintedMonthlyTarget() {
    SeedCopy copy =
        SeedCopy.in(folder)
            .set("targets.csv", 24, "kind", "SINGLE_VALUE")
            .set("targets.csv", 24, "profile_points", "");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.file()).isEqualTo("indicators.csv"))
        .satisfies(error -> assertThat(error.row()).isEqualTo(13))
        .satisfies(error -> assertThat(error.column()).isEqualTo("latest_period_target"))
        .satisfies(
            error ->
                assertThat(error.reason())
                    .contains("works out at 4,926")
                    .contains("not the printed 5078"));
  }

  @Test
  void refusesAnAggregationTheLabelDoesNotSay() {
    SeedCopy copy = SeedCopy.in(folder).set("indicators.csv", 12, "aggregation", "CUMULATIVE");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors()).extracting(ImportError::column).contains("aggregation");
  }

  @Test
  void refusesAMeasureTheCoreDoesNotAllow() {
    SeedCopy copy = SeedCopy.in(folder).set("indicators.csv", 7, "entry_basis", "PERIOD");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.column()).isEqualTo("entry_basis"))
        .satisfies(error -> assertThat(error.reason()).contains("cannot be summed month by month"));
  }

  @Test
  void refusesAnIndicatorWithoutLabelWhenNothingSaysWhy() {
    SeedCopy copy = SeedCopy.in(folder).set("indicators.csv", 5, "note", "");

    ImportResult result = importer.from(copy.folder());

    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "indicators.csv row 5, column note: no aggregation label is printed: say here why the"
                + " aggregation is what it is");
  }
}
