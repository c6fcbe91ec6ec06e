package org.barometer.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditFilterFieldsTest {

  private final Map<String, String> errors = new LinkedHashMap<>();

  @Test
  void readsUkDaysWithBothEndsIncluded() {
    AuditQuery query =
        AuditFilterFields.read(new AuditFilter("admin", "12", "1/7/2016", "2016-07-31", ""), errors)
            .orElseThrow();

    assertThat(query.actor()).contains("admin");
    assertThat(query.indicator()).contains("12");
    assertThat(query.from()).contains(Instant.parse("2016-06-30T23:00:00Z"));
    assertThat(query.before()).contains(Instant.parse("2016-07-31T23:00:00Z"));
  }

  @Test
  void readsNoFiltersAsEverything() {
    assertThat(AuditFilterFields.read(new AuditFilter("", "", "", "", ""), errors))
        .contains(AuditQuery.everything());
  }

  @ParameterizedTest
  @CsvSource({
    "31/2/2016, '', from, 'Date from must be a real date, like 1/11/2016'",
    "'', tomorrow, to, 'Date to must be a real date, like 1/11/2016'",
    "1/1/16, '', from, 'Date from must be a real date, like 1/11/2016'",
    "2/11/2016, 1/11/2016, to, Date to must be the same as or after date from"
  })
  void saysWhatIsWrongWithADate(String from, String to, String field, String error) {
    Optional<AuditQuery> query =
        AuditFilterFields.read(new AuditFilter("", "", from, to, ""), errors);

    assertThat(query).isEmpty();
    assertThat(errors).containsEntry(field, error);
  }

  @Test
  void acceptsTheSameDayAtBothEnds() {
    assertThat(
            AuditFilterFields.read(new AuditFilter("", "", "1/11/2016", "1/11/2016", ""), errors))
        .isPresent();
  }

  @ParameterizedTest
  @CsvSource({"'', 1", "2, 2", "0, 1", "-3, 1", "two, 1", "99999999, 1"})
  void readsAPageNumberOrTheFirst(String page, int expected) {
    assertThat(AuditFilterFields.page(new AuditFilter("", "", "", "", page))).isEqualTo(expected);
  }
}
