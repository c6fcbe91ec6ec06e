package org.barometer.app.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookies, as a browser without JavaScript would be: it follows no
 * redirects, so tests see them, and it sends forms with the page's CSRF token.
 */
public final class WebClient {

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  private final String base;
  private final HttpClient http;
  private final String[] headers;

  public WebClient(int port) {
    this(port, new String[0]);
  }

  /**
   * A client that sends these headers, as names and values in turn, with every request: such as
   * {@code X-Forwarded-For}, to come from another address through the local proxy.
   */
  public WebClient(int port, String... headers) {
    this.headers = headers.clone();
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html"));
  }

  /** A page asked for with more headers, as names and values in turn. */
  public HttpResponse<String> get(String path, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html")
            .headers(headers));
  }

  /** Every CSRF token the page's forms carry. */
  public static List<String> csrfTokens(String page) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = CSRF.matcher(page);
    while (matcher.find()) {
      tokens.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return tokens;
  }

  /** The bytes of a file the page offers, such as a workbook. */
  public byte[] download(String path) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofByteArray())
          .body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts a form from {@code pagePath}, with the CSRF token that page carries. */
  public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
    return submit(pagePath, action, List.copyOf(fields.entrySet()));
  }

  /** Posts a form whose fields may repeat, such as twelve {@code months}. */
  public HttpResponse<String> submit(
      String pagePath, String action, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> form = new ArrayList<>(fields);
    form.add(Map.entry("_csrf", csrfTokenOf(get(pagePath).body())));
    String body =
        form.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> signIn(String username, String password) {
    return submit("/login", "/login", Map.of("username", username, "password", password));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts a file from {@code pagePath} as a multipart form, with the page's CSRF token. */
  public HttpResponse<String> upload(
      String pagePath, String action, String field, String fileName, String content) {
    String boundary = "barometer-test-" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + csrfTokenOf(get(pagePath).body())
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: text/csv\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String csrfTokenOf(String page) {
    Matcher matcher = CSRF.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("The page has no CSRF token");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
