package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Set;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.target.Targets;
import org.barometer.core.period.FinancialYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The targets API on PostgreSQL: read every version, set one, and refuse by field. */
@IntegrationTest
class TargetApiIT {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired Targets targets;
  @Autowired Indicators indicators;
  @Autowired Clock clock;

  @Test
  void listsEveryVersionWithItsDecision() throws Exception {
    HttpResponse<String> response =
        new ApiClient(port, token("admin", ApiScope.READ))
            .send("GET", "/api/v1/indicators/4/targets", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"year\":\"2017/18\"")
        .contains("\"kind\":\"INCREMENT\"")
        .contains("\"yearEnd\":35000")
        .contains("\"start\":20000")
        .contains("\"perMonth\":1250")
        .contains("\"agreedBy\":\"Cabinet\"")
        .contains("\"decidedOn\":\"2017-01-19\"");
  }

  @Test
  void givesAYearsTargetForEachPeriod() throws Exception {
    HttpResponse<String> response =
        new ApiClient(port, token("admin", ApiScope.READ))
            .send("GET", "/api/v1/indicators/12/targets/2016-17", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("{\"period\":\"Apr 2016\",\"lastMonth\":\"2016-04\"")
        .contains("\"value\":634.75")
        .contains("\"value\":5078");
  }

  @Test
  void setsAProfiledTargetAndAnswersWithIt() throws Exception {
    String json =
        """
        {"kind":"PROFILE","months":[100,200,300,400,500,600,700,800,900,1000,1100,1300],
         "appliesFrom":"2019-04","agreedBy":"Cabinet","decidedOn":"2017-01-12",
         "reference":"Minute 77","basedOn":0}
        """;

    HttpResponse<String> response =
        new ApiClient(port, token("admin", ApiScope.WRITE))
            .send("POST", "/api/v1/indicators/15/targets/2019-20", json);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/indicators/15/targets/2019-20"));
    assertThat(response.body())
        .contains("\"kind\":\"PROFILE\"")
        .contains("\"months\":[\"100\",\"200\"")
        .contains("\"recordedBy\":\"admin\"");
  }

  @Test
  void setsAYearEndTargetInTheShapeOfAnEarlierYearAsAProfile() throws Exception {
    String json =
        """
        {"kind":"SHAPED","yearEnd":97.5,"shapeYears":["2015-16"],"appliesFrom":"2019-04",
         "agreedBy":"Cabinet","decidedOn":"2017-01-12","basedOn":0}
        """;
    String later =
        """
        {"kind":"SHAPED","yearEnd":97.5,"shapeYears":["2016-17"],"appliesFrom":"2020-04",
         "agreedBy":"Cabinet","decidedOn":"2017-01-12","basedOn":0}
        """;
    ApiClient api = new ApiClient(port, token("admin", ApiScope.WRITE));

    HttpResponse<String> refused = api.send("POST", "/api/v1/indicators/2/targets/2020-21", later);
    HttpResponse<String> response = api.send("POST", "/api/v1/indicators/2/targets/2019-20", json);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("\"field\":\"shapeYears\"")
        .contains("2016/17 has no complete figure above zero for March 2017");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body())
        .contains("\"kind\":\"PROFILE\"")
        .contains("\"97.5\"]")
        .contains("in the shape of 2015/16");
  }

  @Test
  void refusesByFieldAndStoresNothing() throws Exception {
    String json =
        """
        {"kind":"RANGE","low":70,"high":60,"appliesFrom":"2020-04","agreedBy":"",
         "decidedOn":"2017-09-31"}
        """;

    HttpResponse<String> response =
        new ApiClient(port, token("admin", ApiScope.WRITE))
            .send("POST", "/api/v1/indicators/24/targets/2020-21", json);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"field\":\"high\"")
        .contains("\"field\":\"agreedBy\"")
        .contains("\"field\":\"decidedOn\"")
        .contains("There is no such date as 31/09/2017");
    long id = indicators.currentByCode("24").orElseThrow().indicatorId();
    assertThat(targets.of(id, new FinancialYear(2020))).isEmpty();
  }

  @Test
  void refusesAChangeMadeFromAnOutOfDateVersionWithTheCurrentOne() throws Exception {
    String json =
        """
        {"kind":"SINGLE","value":90,"appliesFrom":"2016-10","agreedBy":"Cabinet",
         "reason":"Raised","basedOn":0}
        """;

    HttpResponse<String> response =
        new ApiClient(port, token("admin", ApiScope.WRITE))
            .send("POST", "/api/v1/indicators/20/targets/2016-17", json);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("\"field\":\"basedOn\"").contains("\"current\":");
  }

  @Test
  void refusesAReadOnlyTokenAndADataOwner() throws Exception {
    String json = "{\"kind\":\"NONE\",\"appliesFrom\":\"2021-04\",\"agreedBy\":\"Me\"}";
    if (accounts.byUsername("api.owner").isEmpty()) {
      accounts.add("api.owner", "Owner", null, "x", Set.of(Role.DATA_OWNER), clock.instant());
    }

    HttpResponse<String> readOnly =
        new ApiClient(port, token("admin", ApiScope.READ))
            .send("POST", "/api/v1/indicators/1/targets/2021-22", json);
    HttpResponse<String> owner =
        new ApiClient(port, token("api.owner", ApiScope.WRITE))
            .send("POST", "/api/v1/indicators/1/targets/2021-22", json);
    HttpResponse<String> badYear =
        new ApiClient(port, token("admin", ApiScope.READ))
            .send("GET", "/api/v1/indicators/1/targets/2021", null);

    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(owner.statusCode()).isEqualTo(403);
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(badYear.body()).contains("\"field\":\"year\"");
    long id = indicators.currentByCode("1").orElseThrow().indicatorId();
    assertThat(targets.of(id, new FinancialYear(2021))).isEmpty();
  }

  private String token(String username, ApiScope... scopes) {
    long user = accounts.byUsername(username).orElseThrow().id();
    return tokens.issue(user, "test", Set.of(scopes), clock.instant());
  }
}
