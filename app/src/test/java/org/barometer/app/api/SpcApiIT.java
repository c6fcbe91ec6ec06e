package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SPC calculator's API, called without a token: every worked case of spc-cases.json (copied
 * unchanged from the core's test resources) gives its expected answer, and each kind of bad input
 * is refused naming its field.
 */
@IntegrationTest
class SpcApiIT {

  private static final double TOLERANCE = 1e-6;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired Clock clock;

  static Stream<JsonNode> cases() throws IOException {
    try (InputStream in = SpcApiIT.class.getResourceAsStream("/spc/spc-cases.json")) {
      List<JsonNode> cases = new ArrayList<>();
      JSON.readTree(in).forEach(cases::add);
      assertThat(cases).hasSizeGreaterThanOrEqualTo(18);
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersEachWorkedCaseAsExpectedWithoutAToken(JsonNode testCase) {
    ObjectNode request = (ObjectNode) testCase.deepCopy();
    request.remove(List.of("name", "expected"));

    HttpResponse<String> response = anonymous().send("POST", "/api/v1/spc", request.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = ApiClient.json(response);
    JsonNode expected = testCase.get("expected");
    for (String line : List.of("mean", "lcl", "ucl")) {
      assertNumber(answer.get(line), expected.get(line), line);
    }
    assertThat(answer.get("special_cause")).isEqualTo(expected.get("special_cause"));
    assertThat(answer.get("variation_icon")).isEqualTo(expected.get("variation_icon"));
    assertThat(answer.get("assurance_icon")).isEqualTo(expected.get("assurance_icon"));
    assertThat(answer.get("settings")).isEqualTo(testCase.get("settings"));
    if (expected.has("segments")) {
      JsonNode segments = expected.get("segments");
      assertThat(answer.get("segments")).hasSize(segments.size());
      for (int i = 0; i < segments.size(); i++) {
        JsonNode want = segments.get(i);
        JsonNode got = answer.get("segments").get(i);
        assertThat(got.get("first_index")).isEqualTo(want.get("first_index"));
        assertThat(got.get("last_index")).isEqualTo(want.get("last_index"));
        for (String line : List.of("mean", "lcl", "ucl")) {
          assertNumber(got.get(line), want.get(line), "segments[" + i + "]." + line);
        }
      }
    }
  }

  @Test
  void answersATokenHolderToo() {
    long admin = accounts.byUsername("admin").orElseThrow().id();
    String token = tokens.issue(admin, "spc", Set.of(ApiScope.READ), clock.instant());

    HttpResponse<String> response =
        new ApiClient(port, token).send("POST", "/api/v1/spc", series(15, "neither", ""));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /api/v1/spc",
    "POST, /api/v1/spc/",
    "POST, /api/v1/spc/more",
    "PUT, /api/v1/spc",
    "POST, /api/v1/indicators",
    "GET, /api/v1/indicators"
  })
  void opensOnlyThePostOfTheCalculatorToAnyone(String method, String path) {
    HttpResponse<String> response =
        anonymous().send(method, path, "GET".equals(method) ? null : series(15, "neither", ""));

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void readsNumbersExactlySoThatAConstantDecimalSeriesHasNoSignal() {
    String values = String.join(",", Collections.nCopies(13, "0.3"));

    JsonNode answer = ok("{'values':[" + values + "],'polarity':'higher_is_better','target':0.1}");

    assertThat(answer.get("mean").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(answer.get("lcl").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(answer.get("ucl").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(answer.get("special_cause").toString()).doesNotContain("improvement", "concern");
    assertThat(answer.get("variation_icon").asString()).isEqualTo("common_cause");
    assertThat(answer.get("assurance_icon").asString()).isEqualTo("pass");
    assertThat(answer.get("notes").toString())
        .contains("Every moving range is zero: the limits lie on the mean");
  }

  @Test
  void takesTheProfilesDefaultsAndTheKeysGivenOverThem() {
    JsonNode answer =
        ok(series(20, "lower_is_better", ",'settings':{'profile':'ptd','shift_points':6}"));

    assertThat(answer.get("settings").toString())
        .isEqualTo(
            ApiClient.quoted(
                "{'profile':'ptd','shift_points':6,'trend_points':7,"
                    + "'two_sigma_counts_points_beyond_limits':false,"
                    + "'screen_moving_range_outliers':true,'minimum_points':null,"
                    + "'multi_point_rules_cross_recalculations':false,"
                    + "'conflict':'precedence_outside_trend_twointhree_shift',"
                    + "'recalculate_at':[],'baseline_points':null,'fix_after_n_points':null}"));
  }

  @Test
  void appliesTheMakingDataCountProfileWhenNoSettingsAreGiven() {
    JsonNode answer = ok(series(20, "higher_is_better", ""));

    assertThat(answer.get("settings").get("profile").asString()).isEqualTo("mdc");
    assertThat(answer.get("settings").get("minimum_points").asInt()).isEqualTo(13);
    assertThat(answer.get("notes").toString()).contains("No target: no assurance icon");
  }

  @Test
  void showsAGapAsNullAndSaysThatLimitsCoverContiguousDataOnly() {
    JsonNode answer =
        ok("{'values':[5,6,5,7,null,6,5,6,7,5,6,5,6,7,6],'polarity':'neither','target':null}");

    assertThat(answer.get("special_cause").get(4).isNull()).isTrue();
    assertThat(answer.get("special_cause").get(5).asString()).isEqualTo("none");
    assertThat(answer.get("signals").get(4).isNull()).isTrue();
    assertThat(answer.get("notes").toString())
        .contains("The series has a gap")
        .contains("the limits cover contiguous data only");
  }

  @Test
  void saysWhyNoLimitsAreShownForFewerThanTheMinimumOfPoints() {
    JsonNode answer = ok(series(12, "higher_is_better", ",'target':20"));

    assertThat(answer.get("mean").isNull()).isFalse();
    assertThat(answer.get("lcl").isNull()).isTrue();
    assertThat(answer.get("segments").get(0).get("limits_shown").asBoolean()).isFalse();
    assertThat(answer.get("variation_icon").isNull()).isTrue();
    assertThat(answer.get("assurance_icon").isNull()).isTrue();
    assertThat(answer.get("notes").get(0).asString())
        .isEqualTo("Fewer than 13 points (12): limits, colours and icons are not shown");
  }

  @Test
  void namesTheRulesThatFlagEachPoint() {
    JsonNode answer =
        ok("{'values':[10,11,10,11,10,11,10,11,10,11,10,11,10,30],'polarity':'higher_is_better'}");

    assertThat(answer.get("signals").get(13).toString()).isEqualTo("[\"outside_limits_high\"]");
    assertThat(answer.get("signals").get(0).toString()).isEqualTo("[\"shift_low\"]");
    assertThat(answer.get("special_cause").get(0).asString()).isEqualTo("concern");
    assertThat(answer.get("variation_icon").asString()).isEqualTo("improvement_high");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          values[2]                         | {'values':[1,2,'abc',4],'polarity':'neither'}
          values[1]                         | {'values':[1,true],'polarity':'neither'}
          values[1]                         | {'values':[1,{'a':1}],'polarity':'neither'}
          values[0]                         | {'values':['NaN',1],'polarity':'neither'}
          values[0]                         | {'values':[NaN,1],'polarity':'neither'}
          values[1]                         | {'values':[1,Infinity],'polarity':'neither'}
          values[1]                         | {'values':[1,-Infinity],'polarity':'neither'}
          values[0]                         | {'values':[1e400,1],'polarity':'neither'}
          values[0]                         | {'values':[1e-30,1],'polarity':'neither'}
          values                            | {'values':[],'polarity':'neither'}
          values                            | {'values':[null,null],'polarity':'neither'}
          values                            | {'values':'1,2,3','polarity':'neither'}
          values                            | {'polarity':'neither'}
          polarity                          | {'values':[1,2]}
          polarity                          | {'values':[1,2],'polarity':'up'}
          target                            | {'values':[1,2],'polarity':'neither','target':'abc'}
          target_range                      | {'values':[1,2],'polarity':'neither','target':1,'target_range':{'low':1,'high':2}}
          target_range                      | {'values':[1,2],'polarity':'neither','target_range':[1,2]}
          target_range.low                  | {'values':[1,2],'polarity':'neither','target_range':{'low':'a','high':2}}
          target_range.high                 | {'values':[1,2],'polarity':'neither','target_range':{'low':1}}
          target_range.high                 | {'values':[1,2],'polarity':'neither','target_range':{'low':5,'high':1}}
          target_range.middle               | {'values':[1,2],'polarity':'neither','target_range':{'low':1,'high':2,'middle':1.5}}
          colour                            | {'values':[1,2],'polarity':'neither','colour':'blue'}
          settings                          | {'values':[1,2],'polarity':'neither','settings':'mdc'}
          settings.shift                    | {'values':[1,2],'polarity':'neither','settings':{'shift':6}}
          settings.profile                  | {'values':[1,2],'polarity':'neither','settings':{'profile':'nhs'}}
          settings.conflict                 | {'values':[1,2],'polarity':'neither','settings':{'conflict':'concern_wins'}}
          settings.shift_points             | {'values':[1,2],'polarity':'neither','settings':{'shift_points':6.5}}
          settings.shift_points             | {'values':[1,2],'polarity':'neither','settings':{'shift_points':null}}
          settings.shift_points             | {'values':[1,2],'polarity':'neither','settings':{'shift_points':1}}
          settings.trend_points             | {'values':[1,2],'polarity':'neither','settings':{'trend_points':'7'}}
          settings.screen_moving_range_outliers | {'values':[1,2],'polarity':'neither','settings':{'screen_moving_range_outliers':'true'}}
          settings.minimum_points           | {'values':[1,2],'polarity':'neither','settings':{'minimum_points':1}}
          settings.recalculate_at           | {'values':[1,2],'polarity':'neither','settings':{'recalculate_at':5}}
          settings.recalculate_at[0]        | {'values':[1,2,3],'polarity':'neither','settings':{'recalculate_at':[5]}}
          settings.recalculate_at[0]        | {'values':[1,2,3],'polarity':'neither','settings':{'recalculate_at':['x']}}
          settings.recalculate_at[1]        | {'values':[1,2,3,4],'polarity':'neither','settings':{'recalculate_at':[2,1]}}
          settings.fix_after_n_points       | {'values':[1,2,3],'polarity':'neither','settings':{'profile':'ptd','baseline_points':12,'fix_after_n_points':12}}
          settings.baseline_points          | {'values':[1,2,3],'polarity':'neither','settings':{'baseline_points':20}}
          body                              | [1,2,3]
          """)
  void refusesBadInputNamingTheField(String field, String body) {
    HttpResponse<String> response = anonymous().send("POST", "/api/v1/spc", ApiClient.quoted(body));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(fields(response)).as(response.body()).contains(field);
  }

  @Test
  void namesEveryFieldAtFaultAtOnce() {
    HttpResponse<String> response =
        anonymous()
            .send(
                "POST",
                "/api/v1/spc",
                ApiClient.quoted(
                    "{'values':['a',1,'b'],'polarity':'up','settings':{'profile':'x','trend':1}}"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(fields(response))
        .containsExactlyInAnyOrder(
            "values[0]", "values[2]", "polarity", "settings.profile", "settings.trend");
    assertThat(response.body())
        .contains("values[0]: must be a number or null (a gap), not the text \\\"a\\\"");
  }

  @Test
  void refusesASeriesLongerThanTheCap() {
    String values = String.join(",", Collections.nCopies(SpcRequestReader.MOST_POINTS + 1, "1"));

    HttpResponse<String> response =
        anonymous()
            .send("POST", "/api/v1/spc", "{\"values\":[" + values + "],\"polarity\":\"neither\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("at most 10000");
  }

  @Test
  void takesASeriesOfTheCap() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < SpcRequestReader.MOST_POINTS; i++) {
      values.add(Integer.toString(100 + (i * 37) % 11));
    }

    HttpResponse<String> response =
        anonymous()
            .send(
                "POST",
                "/api/v1/spc",
                "{\"values\":[" + String.join(",", values) + "],\"polarity\":\"neither\"}");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          unfinished | {"values":[1,2
          duplicate  | {"values":[1],"values":[2],"polarity":"neither"}
          trailing   | {"values":[1],"polarity":"neither"} x
          empty      |
          """)
  void answersMalformedJsonWithA400(String what, String body) {
    HttpResponse<String> response =
        anonymous().send("POST", "/api/v1/spc", body == null ? "" : body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("body");
  }

  @Test
  void refusesABodyOverOneMegabyte() {
    String padding = " ".repeat(SpcApi.MOST_BYTES);

    HttpResponse<String> response =
        anonymous()
            .send(
                "POST", "/api/v1/spc", "{\"values\":[1]," + padding + "\"polarity\":\"neither\"}");

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void refusesABodyThatIsNotJsonByItsType() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/spc"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("values=1,2,3"))
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void listsTheOperationWithoutASecurityRequirementInTheOpenApiDocument() {
    JsonNode docs = ApiClient.json(anonymous().get("/v3/api-docs"));

    JsonNode operation = docs.get("paths").get("/api/v1/spc").get("post");
    assertThat(operation).isNotNull();
    assertThat(operation.has("security")).isFalse();
    assertThat(operation.get("description").asString()).contains("no security requirement");
    assertThat(operation.get("requestBody").toString()).contains("SpcRequest");
    assertThat(
            docs.get("paths").get("/api/v1/indicators/{code}/targets").get("get").has("security"))
        .isTrue();
    assertThat(docs.get("components").get("schemas").get("SpcRequest").get("properties"))
        .isNotNull();
    assertThat(
            docs.get("components")
                .get("schemas")
                .get("SpcRequest")
                .get("properties")
                .has("target_range"))
        .isTrue();
  }

  private ApiClient anonymous() {
    return new ApiClient(port, null);
  }

  private JsonNode ok(String body) {
    HttpResponse<String> response = anonymous().send("POST", "/api/v1/spc", ApiClient.quoted(body));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.json(response);
  }

  /** A series of n points about 20, with the polarity and more fields (",'target':20"). */
  private static String series(int n, String polarity, String more) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(Integer.toString(18 + (i * 7) % 5));
    }
    return ApiClient.quoted(
        "{'values':[" + String.join(",", values) + "],'polarity':'" + polarity + "'" + more + "}");
  }

  private static List<String> fields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    ApiClient.json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private static void assertNumber(JsonNode actual, JsonNode expected, String name) {
    if (expected == null || expected.isNull()) {
      assertThat(actual.isNull()).as(name + " is null").isTrue();
    } else {
      assertThat(actual.isNumber()).as(name + " is a number").isTrue();
      assertThat(actual.asDouble()).as(name).isCloseTo(expected.asDouble(), within(TOLERANCE));
    }
  }
}
