package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One person's requests arriving together on a session that has no CSRF token yet, as when a
 * browser opens several tabs just after signing in: none fails, and every page's forms can be sent.
 */
@IntegrationTest
class ConcurrentSessionIT {

  private static final int REQUESTS = 10;

  @LocalServerPort int port;

  @Test
  void tenFirstPagesOfANewSignedInSessionAllAnswerWithOneToken() throws Exception {
    WebClient browser = new WebClient(port);
    assertThat(browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);

    List<HttpResponse<String>> pages = atOnce(browser, "/");

    assertThat(pages).extracting(HttpResponse::statusCode).containsOnly(200);
    assertThat(pages).allSatisfy(p -> assertThat(p.body()).contains("Sign out"));
    assertThat(unmaskedTokens(pages)).hasSize(1);
  }

  @Test
  void tenFirstPagesOfANewAnonymousSessionAllAnswerWithOneToken() throws Exception {
    WebClient browser = new WebClient(port);
    // Asking for a page before signing in makes a session, to come back to it after.
    assertThat(browser.get("/admin/users").headers().firstValue("Set-Cookie")).isPresent();

    List<HttpResponse<String>> pages = atOnce(browser, "/login");

    assertThat(pages).extracting(HttpResponse::statusCode).containsOnly(200);
    assertThat(unmaskedTokens(pages)).hasSize(1);
    HttpResponse<String> signedIn = browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/admin/users"));
  }

  private static List<HttpResponse<String>> atOnce(WebClient browser, String path)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return browser.get(path);
                }));
      }
      start.countDown();
      List<HttpResponse<String>> pages = new ArrayList<>();
      for (Future<HttpResponse<String>> page : sent) {
        pages.add(page.get());
      }
      return pages;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The tokens the pages' forms carry, unmasked: each page masks the session's token afresh with
   * random bytes (sent first, then the token XOR-ed with them), against BREACH.
   */
  private static List<String> unmaskedTokens(List<HttpResponse<String>> pages) {
    return pages.stream()
        .flatMap(p -> WebClient.csrfTokens(p.body()).stream())
        .map(ConcurrentSessionIT::unmasked)
        .distinct()
        .toList();
  }

  private static String unmasked(String masked) {
    byte[] both = Base64.getUrlDecoder().decode(masked);
    int half = both.length / 2;
    byte[] token = new byte[half];
    for (int i = 0; i < half; i++) {
      token[i] = (byte) (both[i] ^ both[half + i]);
    }
    return new String(token, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
