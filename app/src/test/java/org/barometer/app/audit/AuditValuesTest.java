package org.barometer.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditValuesTest {

  @Test
  void showsAFlatObjectALinePerField() {
    assertThat(AuditValues.lines("{\"state\": \"SUBMITTED\", \"period\": \"Dec 2016\"}"))
        .containsExactly("state: SUBMITTED", "period: Dec 2016");
  }

  @Test
  void keepsCommasColonsQuotesAndNestedValuesInTheirField() {
    assertThat(
            AuditValues.lines(
                "{\"commentary\": \"Up: \\\"good\\\", at last\", \"roles\": [\"A\", \"B\"],"
                    + " \"email\": null, \"count\": 3}"))
        .containsExactly(
            "commentary: Up: \"good\", at last",
            "roles: [\"A\", \"B\"]",
            "email: none",
            "count: 3");
  }

  @Test
  void showsNothingForNoValueAndAnythingElseAsItIs() {
    assertThat(AuditValues.lines(null)).isEmpty();
    assertThat(AuditValues.lines("{}")).isEmpty();
    assertThat(AuditValues.lines("\"text\"")).containsExactly("\"text\"");
    assertThat(AuditValues.lines("{\"broken")).containsExactly("{\"broken");
  }

  @Test
  void readsEscapedCharacters() {
    assertThat(AuditValues.lines("{\"name\": \"caf\\u00e9\\nbar\"}"))
        .containsExactly("name: café\nbar");
  }
}
