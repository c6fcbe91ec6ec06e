package org.barometer.app.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.quoted;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.SettableClock;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * An action's owner and lead officer, its owner's list, the milestones to chase, and revised and
 * completed dates, on 15 June 2017 in a database of this class's own.
 */
@IntegrationTest
class ActionPlanIT {

  private static final String PASSWORD = "action-plan-password-1";

  @TestConfiguration
  static class InJune2017 {
    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock(LocalDateTime.of(2017, 6, 15, 10, 0), ZoneId.of("Europe/London"));
    }
  }

  @LocalServerPort int port;
  @Autowired Actions actions;
  @Autowired AuditTrail audit;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;

  @Test
  void namesTheOwnerAndLeadOfficerWithAReasonFromTheVersionRead() {
    long owner = person("plan.owner", Role.DATA_OWNER);
    long councillor = person("plan.councillor", Role.COUNCILLOR);
    WebClient team = team();
    int version = actions.byCode("5").orElseThrow().version();

    HttpResponse<String> refused =
        owner(team, "5", Map.of("owner", Long.toString(councillor), "version", "" + version));
    HttpResponse<String> named =
        owner(
            team,
            "5",
            Map.of(
                "owner",
                Long.toString(owner),
                "leadOfficer",
                "Joe Chesterton, Strategic Director",
                "reason",
                "Named at the June planning meeting",
                "version",
                "" + version));
    HttpResponse<String> stale =
        owner(team, "5", Map.of("owner", "", "reason", "Again", "version", "" + version));

    assertThat(refused.body())
        .contains("Choose an owner from the list: only data owners can own an action")
        .contains("Say why the owner or lead officer changes");
    assertThat(named.statusCode()).isEqualTo(302);
    assertThat(team.get("/actions/5").body())
        .contains("plan.owner")
        .contains("Joe Chesterton, Strategic Director");
    assertThat(stale.body()).contains("Someone else changed this action");
    StoredAction stored = actions.byCode("5").orElseThrow();
    assertThat(stored.definition().ownerUserId()).contains(owner);
    assertThat(stored.version()).isEqualTo(version + 1);
    assertThat(audit.about("action", "5"))
        .filteredOn(e -> e.action().equals("action.owner-changed"))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("Named at the June planning meeting"));
  }

  @Test
  void namesTheOwnerThroughTheApiAndSaysWhenTheVersionIsStale() {
    long owner = person("plan.api-owner", Role.DATA_OWNER);
    ApiClient api = api("admin");
    int version = actions.byCode("6").orElseThrow().version();

    HttpResponse<String> named =
        api.send(
            "PUT",
            "/api/v1/actions/6/owner",
            quoted(
                "{'owner':"
                    + owner
                    + ",'leadOfficer':'Sarah Baker','reason':'New post','version':"
                    + version
                    + "}"));
    HttpResponse<String> stale =
        api.send(
            "PUT",
            "/api/v1/actions/6/owner",
            quoted("{'owner':null,'reason':'Left','version':" + version + "}"));

    assertThat(named.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(named).at("/owner").asLong()).isEqualTo(owner);
    assertThat(ApiClient.json(named).at("/leadOfficer").asText()).isEqualTo("Sarah Baker");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(ApiClient.json(stale).at("/current/version").asInt()).isEqualTo(version + 1);
  }

  @Test
  void listsTheActionsSomeoneOwnsWithTheMonthToReportAndWhereItIs() {
    long owner = person("plan.mine", Role.DATA_OWNER);
    person("plan.nobody", Role.DATA_OWNER);
    jdbc.sql("update action set owner_user_id = ? where code in ('7', '8')").param(owner).update();
    WebClient mine = signedIn("plan.mine");
    String path = "/actions/8/progress/2017-06";
    mine.submit(path, path, new LinkedHashMap<>(Map.of("status", "ON_TRACK", "action", "submit")));

    String page = mine.get("/my-actions").body();
    JsonNode api = ApiClient.json(api("plan.mine").get("/api/v1/my-actions"));

    assertThat(page)
        .contains("My actions")
        .contains("href=\"/actions/7/progress/2017-06\"")
        .contains("Awaited")
        .contains("Submitted, waiting for approval");
    assertThat(signedIn("plan.nobody").get("/my-actions").body())
        .contains("You own no corporate priority actions");
    assertThat(api).hasSize(2);
    assertThat(api.at("/0/action/code").asText()).isEqualTo("7");
    assertThat(api.at("/0/nextMonth").asText()).isEqualTo("2017-06");
    assertThat(api.at("/0/progress").asText()).isEqualTo("AWAITED");
    assertThat(api.at("/1/progress").asText()).isEqualTo("SUBMITTED");
  }

  @Test
  void listsOverdueMilestonesFirstThenThoseDueWithinTheDaysAsked() {
    WebClient team = team();

    String page = team.get("/actions/milestones").body();
    String wrong = team.get("/actions/milestones?days=367").body();
    JsonNode sixty = ApiClient.json(api("admin").get("/api/v1/actions/milestones?days=60"));
    HttpResponse<String> refused = api("admin").get("/api/v1/actions/milestones?days=0");

    assertThat(page)
        .contains("To submit a planning application for the Innovation centre")
        .contains("Due in the next 30 days")
        .contains("To meet the Coach Park Relocation Condition")
        .doesNotContain("To launch Airport Business Park to the market");
    assertThat(page.indexOf("Innovation centre")).isLessThan(page.indexOf("Coach Park Relocation"));
    assertThat(wrong).contains("Give the number of days ahead as a whole number from 1 to 366");
    List<JsonNode> seeded = new ArrayList<>();
    sixty.forEach(m -> seeded.add(m));
    seeded.removeIf(m -> !List.of("33", "34").contains(m.at("/action").asText()));
    assertThat(seeded)
        .extracting(m -> m.at("/action").asText() + " " + m.at("/due").asText())
        .containsExactly("34 2017-03-31", "33 2017-06-30", "34 2017-07-31");
    assertThat(seeded.get(0).at("/overdue").asBoolean()).isTrue();
    assertThat(seeded.get(1).at("/leads")).hasSize(2);
    assertThat(refused.statusCode()).isEqualTo(400);
  }

  @Test
  void revisesDatesWithAReasonKeepingTheOriginalAndCompletesMilestones() {
    WebClient team = team();
    String code = copyOf("34");
    int version = actions.byCode(code).orElseThrow().version();

    HttpResponse<String> noSuchDate =
        team.submit(
            "/actions/12/due",
            "/actions/12/due",
            Map.of("dueDay", "31", "dueMonth", "9", "dueYear", "2017", "version", "0"));
    HttpResponse<String> tooLate =
        complete(
            team,
            code,
            4,
            Map.of("completedDay", "16", "completedMonth", "6", "completedYear", "2017"));
    HttpResponse<String> completed =
        complete(
            team,
            code,
            4,
            Map.of(
                "completedDay",
                "2",
                "completedMonth",
                "6",
                "completedYear",
                "2017",
                "version",
                "" + version));
    HttpResponse<String> revised =
        team.submit(
            "/actions/" + code + "/milestones/1",
            "/actions/" + code + "/milestones/1/due",
            Map.of(
                "dueDay",
                "30",
                "dueMonth",
                "9",
                "dueYear",
                "2017",
                "reason",
                "The contractor started late",
                "version",
                "" + (version + 1)));

    assertThat(noSuchDate.body()).contains("#due").contains("Say why the due date changes");
    assertThat(tooLate.body()).contains("The date it was completed cannot be after today");
    assertThat(completed.statusCode()).isEqualTo(302);
    assertThat(revised.statusCode()).isEqualTo(302);
    String page = team.get("/actions/" + code).body();
    assertThat(page)
        .contains("Completed on 2 June 2017")
        .contains("30 September 2017, revised from 31 July 2017: The contractor started late")
        .doesNotContain("Overdue");
    assertThat(audit.about("action", code))
        .extracting(AuditEvent::action)
        .containsSubsequence("action.milestone.completed", "action.milestone.due-revised");
  }

  @Test
  void revisesAnActionsOwnDateAndTheRevisedDateCountsForLateness() {
    long owner = person("plan.dates", Role.DATA_OWNER);
    jdbc.sql("update action set owner_user_id = ? where code = '15'").param(owner).update();
    StoredAction before = actions.byCode("15").orElseThrow();
    ApiClient api = api("plan.dates");

    HttpResponse<String> future =
        api.send(
            "PUT",
            "/api/v1/actions/15/milestones/1/completion",
            quoted("{'completedOn':'2017-06-01','version':0}"));
    HttpResponse<String> revised =
        api.send(
            "PUT",
            "/api/v1/actions/15/due",
            quoted(
                "{'due':'2017-05-31','reason':'Agreed by Cabinet','version':"
                    + before.version()
                    + "}"));

    assertThat(future.statusCode()).isEqualTo(404);
    assertThat(revised.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(revised).at("/due").asText()).isEqualTo("2017-05-31");
    assertThat(ApiClient.json(revised).at("/ownDue/date").asText())
        .isEqualTo(before.definition().ownDue().orElseThrow().toString());
    assertThat(ApiClient.json(revised).at("/status").asText()).isEqualTo("RED");
    assertThat(ApiClient.json(revised).at("/reason").asText())
        .contains("revised from")
        .contains("Agreed by Cabinet");
  }

  @Test
  void exportsThePlanInTheFormatTheImportReadsBack() {
    WebClient team = team();

    HttpResponse<String> export = team.get("/actions/export.csv");
    List<String> lines = export.body().lines().toList();
    String action7 = lines.stream().filter(l -> l.startsWith("7,,")).findFirst().orElseThrow();
    HttpResponse<String> imported =
        team.upload(
            "/actions/import",
            "/actions/import",
            "file",
            "plan.csv",
            lines.get(0) + "\r\n" + action7.replaceFirst("^7,", "207,") + "\r\n");

    assertThat(export.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(lines.get(0)).isEqualTo(String.join(",", ActionPlanFormat.columns()));
    assertThat(lines)
        .contains(
            "33,1,,To support Turnstone to submit a planning application,,,,,2017-09-30,,,,,,");
    assertThat(imported.statusCode()).isEqualTo(302);
    ActionDefinition copy = actions.byCode("207").orElseThrow().definition();
    ActionDefinition original = actions.byCode("7").orElseThrow().definition();
    assertThat(copy.title()).isEqualTo(original.title());
    assertThat(copy.leads())
        .extracting(Lead::departmentId, Lead::serviceId)
        .isEqualTo(
            original.leads().stream()
                .map(l -> org.assertj.core.groups.Tuple.tuple(l.departmentId(), l.serviceId()))
                .toList());
    assertThat(copy.due()).isEqualTo(original.due());
    assertThat(audit.about("action", "207"))
        .extracting(AuditEvent::action)
        .containsExactly("action.imported");
  }

  @Test
  void exportsTheSameRowsAsAWorkbook() throws IOException {
    byte[] bytes = team().download("/actions/export.xlsx");

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("Action plan");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("number");
      assertThat((int) sheet.getRow(0).getLastCellNum())
          .isEqualTo(ActionPlanFormat.columns().size());
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Safe");
      assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(48 + 8);
    }
  }

  @Test
  void exportsTextThatWouldRunAsAFormulaWithAnApostropheInBothFiles() throws IOException {
    WebClient team = team();
    String header = "number,milestone,aim,title,lead_directorates,due_date,lead_officer\r\n";
    HttpResponse<String> imported =
        team.upload(
            "/actions/import",
            "/actions/import",
            "file",
            "plan.csv",
            header
                + "211,,Safe,=1+2+cmd|' /C calc'!A0,Place,2018-03-31,@SUM(A1:A9)\r\n"
                + "211,1,,-2+3 appoint,,2017-09-30,\r\n");
    assertThat(imported.statusCode()).isEqualTo(302);

    List<String> lines = team.get("/actions/export.csv").body().lines().toList();
    byte[] workbook = team.download("/actions/export.xlsx");

    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l).startsWith("211,,Safe,'=1+2+cmd|' /C calc'!A0,").contains(",'@SUM"))
        .anySatisfy(l -> assertThat(l).startsWith("211,1,,'-2+3 appoint,"));
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      book.getSheet("Action plan")
          .forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
    }
    assertThat(texts)
        .contains("'=1+2+cmd|' /C calc'!A0", "'@SUM(A1:A9)", "'-2+3 appoint")
        .noneMatch(t -> t.matches("(?s)^[=+@\\t\\r].*"));
  }

  @Test
  void importsNothingFromAFileWithADateThatDoesNotExistOrAnUnknownDirectorate() {
    WebClient team = team();
    String header = "number,milestone,aim,title,lead_directorates,due_date,lead_officer\r\n";
    String wrong =
        header
            + "201,,Prosperous,Pier regeneration,Place / Regeneration and Business Development,,\r\n"
            + "202,,Safe,Community safety hub,Department of Nowhere,2018-03-31,\r\n"
            + "201,1,,To appoint a contractor,,31 Sept 2017,\r\n"
            + "203,,Calm,Quiet streets,Place,2018-02-30,\r\n";

    HttpResponse<String> refused =
        team.upload("/actions/import", "/actions/import", "file", "plan.csv", wrong);
    HttpResponse<String> byApi = api("admin").send("POST", "/api/v1/actions/import", wrong);
    HttpResponse<String> fixed =
        team.upload(
            "/actions/import",
            "/actions/import",
            "file",
            "plan.csv",
            header
                + "201,,Prosperous,Pier regeneration,Place / Regeneration and Business"
                + " Development,,Jo Bloggs\r\n"
                + "202,,Safe,Community safety hub,Place;People,2018-03-31,\r\n"
                + "201,1,,To appoint a contractor,,30 Sept 2017,\r\n");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("The file has 4 errors")
        .contains("&#39;Department of Nowhere&#39; is not a directorate")
        .contains("31 Sept 2017 is not a date")
        .contains("&#39;Calm&#39; is not a corporate aim")
        .contains("2018-02-30 is not a date");
    assertThat(ApiClient.json(byApi).at("/importErrors"))
        .extracting(e -> e.at("/row").asInt() + " " + e.at("/column").asText())
        .containsExactly("3 lead_directorates", "4 due_date", "5 aim", "5 due_date");
    assertThat(byApi.statusCode()).isEqualTo(422);
    assertThat(fixed.statusCode()).isEqualTo(302);
    ActionDefinition pier = actions.byCode("201").orElseThrow().definition();
    assertThat(pier.leadOfficer()).isEqualTo("Jo Bloggs");
    assertThat(pier.leads()).singleElement().satisfies(l -> assertThat(l.serviceId()).isPresent());
    assertThat(pier.milestones())
        .singleElement()
        .satisfies(m -> assertThat(m.originalDue()).hasToString("2017-09-30"));
    assertThat(actions.byCode("202").orElseThrow().definition().leads()).hasSize(2);
  }

  /** A copy of a seeded action under a new number, to change without changing the seed's. */
  private String copyOf(String code) {
    ActionDefinition d = actions.byCode(code).orElseThrow().definition();
    String copy = "9" + code + "-" + System.nanoTime() % 100_000;
    actions.add(d.withCode(copy));
    return copy;
  }

  private HttpResponse<String> owner(WebClient client, String code, Map<String, String> fields) {
    String path = "/actions/" + code + "/owner";
    return client.submit(path, path, new LinkedHashMap<>(fields));
  }

  private HttpResponse<String> complete(
      WebClient client, String code, int n, Map<String, String> fields) {
    String page = "/actions/" + code + "/milestones/" + n;
    return client.submit(page, page + "/completion", new LinkedHashMap<>(fields));
  }

  private WebClient team() {
    WebClient client = new WebClient(port);
    client.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    return client;
  }

  private WebClient signedIn(String username) {
    WebClient client = new WebClient(port);
    client.signIn(username, PASSWORD);
    return client;
  }

  private ApiClient api(String username) {
    long id = accounts.byUsername(username).orElseThrow().id();
    return new ApiClient(
        port, tokens.issue(id, "plan", Set.of(ApiScope.values()), clock.instant()));
  }

  private long person(String username, Role role) {
    if (accounts.byUsername(username).isEmpty()) {
      accounts.add(
          username, username, null, encoder.encode(PASSWORD), Set.of(role), clock.instant());
    }
    return accounts.byUsername(username).orElseThrow().id();
  }
}
