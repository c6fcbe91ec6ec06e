package org.barometer.app.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.WebClient;

/**
 * Barometer started from its jar in a process of its own, on the embedded database in a folder the
 * test gives, with nothing but the defaults a council would start it with.
 */
final class RunningBarometer {

  private static final Duration START_WAIT = Duration.ofMinutes(4);
  private static final Pattern SECRET = Pattern.compile("barometer-secret\"[^>]*>([^<]+)<");

  final int port;
  final Process process;
  private final Path log;

  private RunningBarometer(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the jar and waits until it is ready, or fails with the tail of its log. */
  static RunningBarometer start(Path jar, Path dataFolder, String adminPassword, Path log)
      throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-jar",
            jar.toAbsolutePath().toString(),
            "--server.port=" + port,
            "--barometer.embedded-database.data-folder=" + dataFolder.toAbsolutePath(),
            "--barometer.admin.password=" + adminPassword,
            "--barometer.demo-data=false",
            "--barometer.reminders.cron=-"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    // The second pass of the tests points them at an external PostgreSQL: this one is embedded.
    environment.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
    RunningBarometer barometer = new RunningBarometer(port, builder.start(), log);
    barometer.awaitReady();
    return barometer;
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Barometer stopped while starting:\n" + logTail());
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new AssertionError("Barometer was not ready after " + START_WAIT + ":\n" + logTail());
  }

  /** Signs in as the first administrator and issues an API token to read and write. */
  String issueToken(String adminPassword) {
    WebClient web = new WebClient(port);
    web.signIn("admin", adminPassword);
    String page =
        web.submit(
                "/account/tokens",
                "/account/tokens",
                List.of(
                    Map.entry("name", "test"),
                    Map.entry("scope", "READ"),
                    Map.entry("scope", "WRITE")))
            .body();
    Matcher secret = SECRET.matcher(page);
    if (!secret.find()) {
      throw new AssertionError("No token was issued: " + page);
    }
    return secret.group(1).strip();
  }

  /** The usernames of everyone who may sign in, as the API lists them. */
  Set<String> usernames(String token) {
    Set<String> names = new TreeSet<>();
    ApiClient.json(new ApiClient(port, token).get("/api/v1/admin/users"))
        .forEach(person -> names.add(person.get("username").asText()));
    return names;
  }

  /** Kills the application with SIGKILL: no shutdown hook runs, its database is left running. */
  void killApplication() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops it as a service manager would, with SIGTERM. */
  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
