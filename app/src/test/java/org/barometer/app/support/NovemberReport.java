package org.barometer.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The demo's November 2016 report, as the tests publish it. */
public final class NovemberReport {

  /**
   * The demo's red indicators in November 2016, each of which needs its explanation and recovery
   * action before the month is published (seed-notes.md: the collection rates 2 and 3 are judged
   * against their profiles, and are green).
   */
  public static final List<String> RED = List.of("12", "15", "16", "18", "19", "34");

  private NovemberReport() {}

  /** Writes every red indicator's exception and publishes November 2016, as the team member. */
  public static void publish(WebClient team) {
    for (String code : RED) {
      HttpResponse<String> written =
          team.submit(
              "/reports/2016-11/exceptions/" + code,
              "/reports/2016-11/exceptions/" + code,
              Map.of(
                  "explanation", "What happened to " + code,
                  "recoveryAction", "A plan for " + code));
      assertThat(written.statusCode()).isEqualTo(302);
    }
    HttpResponse<String> published =
        team.submit("/reports/2016-11", "/reports/2016-11/publish", Map.of());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
  }
}
