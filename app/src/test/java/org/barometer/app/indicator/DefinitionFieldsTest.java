package org.barometer.app.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefinitionFieldsTest {

  private final Map<String, String> errors = new LinkedHashMap<>();

  @Test
  void acceptsADefinitionCommentsAndReasonAtTheirMaxima() {
    Optional<IndicatorDefinition> read =
        DefinitionFields.read(
            form("d".repeat(4000), "c".repeat(4000), "r".repeat(1000)), Optional.empty(), errors);

    assertThat(errors).isEmpty();
    assertThat(read).isPresent();
  }

  @Test
  void refusesEachTextBeyondItsMaximumByField() {
    DefinitionFields.read(
        form("d".repeat(4001), "c".repeat(4001), "r".repeat(1001)), Optional.empty(), errors);

    assertThat(errors)
        .containsEntry("definition", "The definition is at most 4,000 characters")
        .containsEntry("comments", "The comments are at most 4,000 characters")
        .containsEntry("reason", "The reason is at most 1,000 characters");
  }

  private static DefinitionForm form(String definition, String comments, String reason) {
    return new DefinitionForm(
        "40",
        "Homes made warm",
        definition,
        "PERCENTAGE",
        "1",
        "MAXIMISE",
        "SNAPSHOT",
        "PERIOD",
        "MONTHLY",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        comments,
        reason,
        null);
  }
}
