package org.barometer.app.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The performance team makes, changes and retires indicators; every version is kept. */
@IntegrationTest
class DefinitionIT {

  @LocalServerPort int port;
  @Autowired Indicators indicators;
  @Autowired AuditTrail audit;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;

  @Test
  void addsAnIndicatorChangesItWithAReasonAndRetiresIt() {
    WebClient team = team();

    HttpResponse<String> added =
        team.submit("/indicators/new", "/indicators/new", form("d-1", "Households helped"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(team.get("/indicators/d-1").body())
        .contains("Households helped")
        .contains("Not assigned");
    assertThat(team.get("/indicators/d-1/edit").body()).doesNotContain("id=\"code\"");

    Map<String, String> change = form("d-1", "Households helped to stay at home");
    change.put("version", "1");
    HttpResponse<String> withoutReason =
        team.submit("/indicators/d-1/edit", "/indicators/d-1/edit", change);
    assertThat(withoutReason.body()).contains("Say why the definition changes");

    change.put("reason", "Clearer name agreed at Cabinet");
    assertThat(team.submit("/indicators/d-1/edit", "/indicators/d-1/edit", change).statusCode())
        .isEqualTo(302);
    HttpResponse<String> stale =
        team.submit("/indicators/d-1/edit", "/indicators/d-1/edit", change);
    assertThat(stale.body()).contains("Someone else changed this indicator");

    long id = indicators.currentByCode("d-1").orElseThrow().indicatorId();
    assertThat(indicators.history(id))
        .extracting(v -> v.definition().name())
        .containsExactly("Households helped", "Households helped to stay at home");

    team.submit(
        "/indicators/d-1/edit",
        "/indicators/d-1/retire",
        Map.of("retireReason", "Replaced by indicator 40"));
    assertThat(indicators.currentByCode("d-1")).isPresent();
    assertThat(indicators.allCurrent()).noneMatch(v -> v.definition().code().equals("d-1"));
    assertThat(audit.about("indicator", "d-1"))
        .extracting(AuditEvent::action)
        .containsExactly("indicator.created", "indicator.changed", "indicator.retired");
  }

  @Test
  void refusesABadDefinitionNamingEachFieldAndStoresNothing() {
    Map<String, String> bad = form("d-2", "");
    bad.put("decimals", "9");
    bad.put("unit", "PERCENTAGE");

    HttpResponse<String> response = team().submit("/indicators/new", "/indicators/new", bad);

    assertThat(response.body())
        .contains("Enter the name")
        .contains("Decimals shown is a whole number from 0 to 6");
    assertThat(indicators.currentByCode("d-2")).isEmpty();
  }

  @Test
  void explainsAnImpossibleMeasure() {
    Map<String, String> cumulativePercentage = form("d-3", "Share in time");
    cumulativePercentage.put("unit", "PERCENTAGE");

    HttpResponse<String> response =
        team().submit("/indicators/new", "/indicators/new", cumulativePercentage);

    assertThat(response.body()).contains("A cumulative percentage cannot be summed month by month");
    assertThat(indicators.currentByCode("d-3")).isEmpty();
  }

  @Test
  void refusesACodeInUse() {
    HttpResponse<String> response =
        team().submit("/indicators/new", "/indicators/new", form("1", "Copy"));

    assertThat(response.body()).contains("An indicator with the code 1 exists");
  }

  @Test
  void keepsTheRegisterFormsFromOthers() {
    accounts.add(
        "cllr.def",
        "Councillor",
        null,
        encoder.encode("councillor-pass-2"),
        Set.of(Role.COUNCILLOR),
        clock.instant());
    WebClient councillor = new WebClient(port);
    councillor.signIn("cllr.def", "councillor-pass-2");

    assertThat(councillor.get("/indicators/new").statusCode()).isEqualTo(403);
    assertThat(councillor.get("/indicators/1/edit").statusCode()).isEqualTo(403);
  }

  private WebClient team() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }

  private static Map<String, String> form(String code, String name) {
    Map<String, String> form = new HashMap<>();
    form.put("code", code);
    form.put("name", name);
    form.put("unit", "COUNT");
    form.put("decimals", "0");
    form.put("polarity", "MAXIMISE");
    form.put("aggregation", "CUMULATIVE");
    form.put("basis", "PERIOD");
    form.put("frequency", "MONTHLY");
    form.put("components", "false");
    form.put("contextual", "false");
    return form;
  }
}
