package org.barometer.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureFieldsTest {

  private final Map<String, String> errors = new LinkedHashMap<>();

  @Test
  void acceptsTextsUpToTheirMaxima() {
    FigureFields.texts(form("c".repeat(4000), "e".repeat(4000), "r".repeat(1000)), errors);

    assertThat(errors).isEmpty();
  }

  @Test
  void refusesEachTextLongerThanItsMaximumNamingItsField() {
    FigureFields.texts(form("c".repeat(20_000_000), "e".repeat(4001), "r".repeat(1001)), errors);

    assertThat(errors)
        .containsExactly(
            Map.entry(
                "commentary",
                "The commentary must be 4,000 characters or fewer: it has 20,000,000"),
            Map.entry(
                "explanation", "The explanation must be 4,000 characters or fewer: it has 4,001"),
            Map.entry(
                "correction", "The correction must be 1,000 characters or fewer: it has 1,001"));
  }

  private static FigureForm form(String commentary, String explanation, String correction) {
    return new FigureForm("5", "", "", commentary, explanation, "", correction, null, "save");
  }
}
