package org.barometer.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AggregationLabelTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[Cumulative]            | CUMULATIVE",
        "[Cumulative YTD]        | CUMULATIVE",
        "[Monthly Snapshot]      | SNAPSHOT",
        "[Monthly snapshot]      | SNAPSHOT",
        "[Year to date Snapshot] | SNAPSHOT",
        "[Year to date average]  | YEAR_TO_DATE_AVERAGE",
        "[Rolling Quarter]       | ROLLING_QUARTER",
        "[Rolling 12 months]     | ROLLING_12_MONTHS",
        "[Monthly [Snapshot]     | SNAPSHOT",
        "(cumulative)            | CUMULATIVE"
      })
  void readsEachSeedLabel(String printed, AggregationKind kind) {
    AggregationLabel label = AggregationLabel.read(printed);

    assertThat(label.kind()).isEqualTo(kind);
    assertThat(label.printed()).isEqualTo(printed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[Cumulative]", "[Monthly Snapshot]", "[Rolling Quarter]"})
  void readsACleanLabelWithoutNotes(String printed) {
    assertThat(AggregationLabel.read(printed).notes()).isEmpty();
  }

  @Test
  void forgivesAStrayBracketAndSaysSo() {
    AggregationLabel label = AggregationLabel.read("[Monthly [Snapshot]");

    assertThat(label.kind()).isEqualTo(AggregationKind.SNAPSHOT);
    assertThat(label.notes())
        .singleElement()
        .asString()
        .contains("stray brackets")
        .contains("[Monthly Snapshot]");
  }

  @Test
  void forgivesRoundBracketsAndSaysSo() {
    AggregationLabel label = AggregationLabel.read("(cumulative)");

    assertThat(label.kind()).isEqualTo(AggregationKind.CUMULATIVE);
    assertThat(label.notes()).singleElement().asString().contains("round brackets");
  }

  @Test
  void explainsThatAYearToDateSnapshotIsASnapshot() {
    assertThat(AggregationLabel.read("[Year to date Snapshot]").notes())
        .singleElement()
        .asString()
        .contains("read as a snapshot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Cumulative", "[Fortnightly]", "[Cumulative", "[]"})
  void refusesWhatItCannotRead(String printed) {
    assertThatIllegalArgumentException().isThrownBy(() -> AggregationLabel.read(printed));
  }
}
