package org.barometer.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A program calling the JSON API with a personal token, or with none when it is null. */
public final class ApiClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final String token;

  public ApiClient(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  /** Sends {@code json} as the body, or no body when it is null. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body of an answer, read as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** Single quotes as double quotes, so that tests can write JSON inside Java strings. */
  public static String quoted(String json) {
    return json.replace('\'', '"');
  }
}
