package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.app.support.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.barometer.app.security.ApiScope;
import org.barometer.app.security.ApiTokens;
import org.barometer.app.security.Role;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.ApiPeople;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many programs deciding one figure at the same moment: one decision is made, and every other is
 * told that someone was first (409), with the figure as it now is.
 */
@IntegrationTest
class ConcurrentDecisionIT {

  private static final int CLIENTS = 20;

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired UserAccounts accounts;
  @Autowired Clock clock;

  @Test
  void oneOfTwentyClientsApprovesAFigureAndTheOthersGetAConflict() throws Exception {
    ApiPeople people =
        new ApiPeople(port, accounts, tokens, clock).person("api.racer", Role.PERFORMANCE_TEAM);
    // A month before the demo's history, so that no other test's figures or months move.
    HttpResponse<String> entered =
        people
            .api("api.racer", ApiScope.WRITE)
            .send("PUT", "/api/v1/indicators/29/figures/2011-03", "{\"value\":5,\"submit\":true}");
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
    long id = json(entered).get("id").asLong();
    int version = json(entered).get("version").asInt();
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(people.api("api.racer", ApiScope.APPROVE));
    }

    List<HttpResponse<String>> answers = decideAtOnce(clients, id, version);

    assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
    List<HttpResponse<String>> losers =
        answers.stream().filter(a -> a.statusCode() != 200).toList();
    assertThat(losers).hasSize(CLIENTS - 1);
    assertThat(losers)
        .allSatisfy(
            loser -> {
              assertThat(loser.statusCode()).isEqualTo(409);
              assertThat(loser.headers().firstValue("Content-Type"))
                  .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
              assertThat(json(loser).get("errors").get(0).get("field").asString())
                  .isEqualTo("version");
              assertThat(json(loser).get("current").get("state").asString()).isEqualTo("APPROVED");
            });
  }

  private static List<HttpResponse<String>> decideAtOnce(
      List<ApiClient> clients, long id, int version) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (ApiClient client : clients) {
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.send(
                      "POST",
                      "/api/v1/figures/" + id + "/decision",
                      "{\"decision\":\"approve\",\"version\":" + version + "}");
                }));
      }
      start.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
